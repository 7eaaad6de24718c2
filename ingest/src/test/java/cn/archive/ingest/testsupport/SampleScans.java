package cn.archive.ingest.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes the sample scans that {@code ./archive start} ingests ({@code deploy/samples/}): four
 * invented customers' files as a scanner would leave them. Run once by hand when the samples
 * should change: {@code java -cp … cn.archive.ingest.testsupport.SampleScans deploy/samples}.
 */
public final class SampleScans {

    private SampleScans() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "deploy/samples"));
        String font = ScanFactory.cjkFont();
        write(dir.resolve("KH-2023-000417-registration.jpg"), List.of("客户档案登记表", "档案编号：KH-2023-000417",
                "客户名称：杭州西湖精密机械有限公司", "客户等级：VIP客户", "所属行业：机械制造",
                "地址：浙江省杭州市西湖区文三路398号", "联系人：王建国", "联系电话：0571-87654321", "手机：13805712233",
                "电子邮箱：wangjg@xhjm.com.cn", "建档日期：2023年3月15日"), font, -0.8, 11);
        write(dir.resolve("KH-2022-000233-registration.jpg"), List.of("客户信息卡", "档案编号：KH-2022-000233",
                "客户名称：广州白云连锁超市有限公司", "客户等级：重点客户", "所属行业：连锁零售",
                "地址：广东省广州市白云区机场路1688号", "联系人：陈丽", "联系电话：020-86123456", "手机：13922001188",
                "电子邮箱：chenli@byls.cn", "建档日期：2022/11/08"), font, 0.6, 12);
        write(dir.resolve("DA-2021-0335-registration.jpg"), List.of("客户档案登记表", "档案编号：DA-2021-0335",
                "客户名称：成都天府软件有限公司", "客户等级：普通客户", "所属行业：软件开发",
                "地址：四川省成都市高新区天府大道中段666号", "联系人：李强", "联系电话：028-85321234", "手机：18628007766",
                "电子邮箱：liqiang@tfsoft.com", "建档日期：2021.6.3"), font, 1.1, 13);
        write(dir.resolve("KH-2024-000052-registration.jpg"), List.of("客户档案登记表", "档案编号：KH-2024-000052",
                "客户名称：沈阳北方重工物流有限公司", "客户等级：潜在客户", "所属行业：物流运输",
                "地址：辽宁省沈阳市铁西区北二东路17号", "联系人：赵刚", "联系电话：024-25678901", "手机：13700241234",
                "电子邮箱：zhaogang@bfwl.cn", "建档日期：2024-01-22"), font, -1.5, 14);
    }

    private static void write(Path file, List<String> lines, String font, double degrees, long seed) throws Exception {
        Files.write(file, ScanFactory.jpeg(ScanFactory.page(lines, font, degrees, 1200, seed), 0.8f));
        System.out.println(file + " " + Files.size(file) + " bytes");
    }
}
