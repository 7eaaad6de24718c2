package cn.archive.ingest.extract;

/** Whole papers as Tesseract chi_sim returns them: spaced characters, mixed widths, misread labels. */
final class SamplePapers {

    /** 客户档案登记表 with two misread labels (客户名杯, 联系电活) and a fax number beside the phone. */
    static final String REGISTRATION_FORM = String.join("\n",
            "客 户 档 案 登 记 表",
            "档 案 编 号 ： KH-2023-000417        建 档 日 期 ： 2023 年 3 月 15 日",
            "客 户 名 杯 ： 杭州 西湖 精密 机械 有限 公司",
            "客 户 等 级 ：VIP 客 户    所 属 行 业 ： 机 械 制 造",
            "通 讯 地 址 ： 浙江省 杭州市 西湖区 文三路 398 号   邮 编 ： 310012",
            "联 系 人 ： 王 建 国    联 系 电 活 ： 0571-87654321   手 机 ： 138 0571 2233",
            "电 子 邮 箱 ： WangJG@XHJM.com.cn   传 真 ： 0571-87654322");

    /** 业务约定书: the customer is 甲方; 乙方 has its own address and phones; dates in running text. */
    static final String CONTRACT = String.join("\n",
            "业 务 约 定 书",
            "合 同 编 号 ： HT-2023-0091",
            "甲 方 （ 委 托 方 ）： 杭州 西湖 精密 机械 有限 公司",
            "地 址 ： 杭州市 西湖区 文三路 398 号",
            "联 系 电 话 ： 0571-87654321",
            "乙 方 ： 上海 数档 信息 服务 有限 公司",
            "地 址 ： 上海市 浦东新区 张江路 100 号",
            "联 系 电 话 ： 021-55556666   手 机 ： 13900001111",
            "甲方委托乙方提供客户档案数字化服务，合同金额人民币壹拾贰万捌仟伍佰元整（¥128,500.00）。",
            "甲方应于2023年4月30日前支付首期款项。",
            "本协议于2023年3月15日签订，自签订之日起生效。",
            "\f甲 方 （ 盖 章 ）：            乙 方 （ 盖 章 ）：");

    /** 客户信息卡 of a person: 姓名 and 身份证号, a +86 mobile, a full-width date. */
    static final String INDIVIDUAL = String.join("\n",
            "客 户 信 息 卡",
            "客 户 姓 名 ： 张 伟     性 别 ： 男",
            "身 份 证 号 ： 330106198501011234",
            "住 址 ： 浙江省 宁波市 鄞州区 中山东路 100 号",
            "手 机 号 码 ： +86 139 5741 0001",
            "客 户 类 别 ： 潜 在 客 户",
            "登 记 日 期 ： ２０２２年１１月５日");

    /** 客户意见反馈单 with no address: the region can only come from the area code. */
    static final String FEEDBACK_FORM = String.join("\n",
            "客 户 意 见 反 馈 单",
            "客 户 名 称 ： 苏州 工业园区 星湖 贸易 有限 公司",
            "反 馈 日 期 ： 2023.10.11     反 馈 方 式 ： 来 电",
            "反 馈 内 容 ： 客户 对 交货 周期 提出 改进 意见",
            "联 系 电 话 ： 0512-66778899",
            "处 理 结 果 ： 已 安排 专人 跟进");

    /** 交易记录 with numbered rows, three amount formats, a call row and a total line. */
    static final String LEDGER = String.join("\n",
            "客 户 交 易 记 录",
            "客户名称：杭州西湖精密机械有限公司    档案号 No.2021/0335",
            "序号  日期  项目  数量  金额  备注",
            "1  2023-04-02  数控车床配件  10 台  ¥128,500.00  已结清",
            "2  2023/05/18  刀具  12.85万元",
            "3  2023年6月1日  维修服务  3,200.00",
            "4  2023-06-20  电话  客户询问交货期",
            "合计  ¥261,200.00");

    private SamplePapers() {
    }
}
