package cn.archive.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmailAddressesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "yangda@Ikhept.com|yangda@lkhept.com",        // tuning-0735: the sans-serif I of lkhept
        "chenzd@exImz.com.cn|chenzd@exlmz.com.cn",
        "Zhanggy@qmIvf.com|Zhanggy@qmlvf.com",        // a capital first letter is how people write their address
        "Ivan@abc.com|Ivan@abc.com",                  // the first letter may be a capital I
        "ZhangIV@abc.com|ZhangIV@abc.com",            // other capitals: written in capitals, I stays
        "chenlhQ@viy.com.cn|chenlh@viy.com.cn",       // the @'s ring read once more as a capital
        "zhangznG@tvprb.com.cn|zhangzn@tvprb.com.cn",
        "yangykK@puaaf.com|yangyk@puaaf.com",
        "wangq@abc.com|wangq@abc.com"})               // a small q before the @ is the address's own
    void readsACapitalIInsideASmallLetteredAddressAsLAndDropsTheAtsRing(String raw, String written) {
        assertThat(EmailAddresses.smallL(raw)).isEqualTo(written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "cheny1@zedspw.net|chenyl@zedspw.net",        // tuning-0989: every reading "cheny1"
        "zhaoyk@kx1.cn|zhaoyk@kxl.cn",                // tuning-0962, in the domain
        "wuaa@1jzm.com|wuaa@ljzm.com",                // tuning-0277, a domain's first letter
        "huang1t@basx.net|huanglt@basx.net"})         // tuning-0749
    void readsALoneOneAmongLettersAsL(String read, String written) {
        assertThat(EmailAddresses.onesAsL(read)).contains(written);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "zhang1985@abc.cn",                           // a number: the writer uses digits
        "li1@163.com",                                // another digit in the address
        "wang12@abc.cn",
        "1lizy@zzkj.com",                             // the address's first character: no letter before it
        "wanglp@anw.cn"})                             // no 1 at all
    void leavesAOneOfANumberOrAnAddressWithOtherDigits(String read) {
        assertThat(EmailAddresses.onesAsL(read)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "chengq@b.jndmv.com|chengq@bjndmv.com",       // tuning-0093
        "huanghg@xmvqv.j.net|huanghg@xmvqvj.net",     // tuning-0543
        "limw@c.jyky.com.cn|limw@cjyky.com.cn",       // tuning-0303, a two-label suffix
        "wusc@c.jaodt.cn|wusc@cjaodt.cn",
        "a@xyz.com.cn|a@xyz.com.cn",                  // name and suffix only: nothing to join
        "a@bj.com|a@bj.com",
        "a@vip.qq.com|a@vip.qq.com",                  // a mail host's own subdomain: no i or j after its dot
        "a@mail.ibm.com|a@mail.ibm.com",              // nor one of a single letter beside it
        "a@x.yj.com|a@x.yj.com"})
    void joinsTheDotOfAJOrIReadAsAFullStopWhereTheDomainHasALabelTooMany(String read, String joined) {
        assertThat(EmailAddresses.tittlesJoined(read)).isEqualTo(joined);
    }

    @Test
    void putsRightATopLevelDomainOneLetterFromAUsualOne() {
        assertThat(EmailAddresses.usualTld("zhangci@ajmcu.cr")).contains("zhangci@ajmcu.cn"); // tuning-0494
        assertThat(EmailAddresses.usualTld("wang@xyz.nel")).contains("wang@xyz.net");
        assertThat(EmailAddresses.usualTld("li@abc.com.cm")).contains("li@abc.com.cn");
        assertThat(EmailAddresses.usualTld("wang@xyz.net")).isEmpty();     // usual already
        assertThat(EmailAddresses.usualTld("wang@xyz.de")).isEmpty();      // no usual one a letter away
        assertThat(EmailAddresses.usualTld("wang@xyz.co")).isEmpty();      // a usual one of its own
    }

    @Test
    void tellsAMailboxNameThatOpensWithASurname() {
        assertThat(EmailAddresses.opensWithSurname("lifc")).isTrue();
        assertThat(EmailAddresses.opensWithSurname("zhangij")).isTrue();
        assertThat(EmailAddresses.opensWithSurname("wangvu")).isTrue();
        assertThat(EmailAddresses.opensWithSurname("1ifc")).isFalse();
        assertThat(EmailAddresses.opensWithSurname("yvangvu")).isFalse();
        assertThat(EmailAddresses.opensWithSurname("uqd")).isFalse();
        assertThat(EmailAddresses.opensWithSurname("lliku")).isFalse();
    }

    @Test
    void findsTheMailboxNameThePageReadBeforeTheDomainWhateverItReadForTheAt() {
        assertThat(EmailAddresses.pageLocal(":1ixpotofa.net", "tofa.net")).contains("1ixp");         // tuning-0711
        assertThat(EmailAddresses.pageLocal("，Wuqdatuigv.net", "tuigv.net")).contains("wuqd");      // tuning-0818
        assertThat(EmailAddresses.pageLocal("E-mail:wangvugknxz .com", "knxz.com")).contains("wangvu"); // tuning-0732
        assertThat(EmailAddresses.pageLocal("Lliku@okhf.com", "okhf.com")).contains("lliku");
        assertThat(EmailAddresses.pageLocal("Emailwangvu@knxz.com", "knxz.com")).contains("wangvu"); // the label's word
        assertThat(EmailAddresses.pageLocal("wangvu@knxz.cn", "knxz.com")).isEmpty();                 // another domain
    }

    @Test
    void dropsTheLetterTheAtsRingWasReadAsWhereAnotherReadingNamesTheMailboxWithoutIt() {
        assertThat(EmailAddresses.ringDropped("zhouvqa", List.of("zhouvq", "zhouvq", "zhouvqa"))).contains("zhouvq"); // 0500
        assertThat(EmailAddresses.ringDropped("yangykk", List.of("yangyk", "yangykk"))).contains("yangyk");           // 0047
        assertThat(EmailAddresses.ringDropped("zhouvq", List.of("zhouvqa", "zhouvq"))).isEmpty(); // the shorter taken already
        assertThat(EmailAddresses.ringDropped("zhouvqa", List.of("zhouvqa", "zhouvb"))).isEmpty(); // another letter: unsettled
        assertThat(EmailAddresses.ringDropped("a", List.of(""))).isEmpty();
    }

    @Test
    void tellsAReadingThatIsOnlyASlipTheRulesPutRightTowardsTheOneTaken() {
        assertThat(EmailAddresses.slipOf("liurt@amia.com", "liurtt@amia.com")).isTrue();   // tuning-0192: the ring
        assertThat(EmailAddresses.slipOf("xuwa@fmixo.com", "xxuwa@fmixo.com")).isTrue();   // tuning-0648: the opening
        assertThat(EmailAddresses.slipOf("lire@bmt.net", "lre@bmt.net")).isTrue();         // tuning-0143
        assertThat(EmailAddresses.slipOf("liurtt@amia.com", "liurt@amia.com")).isFalse();  // the longer taken: disputed
        assertThat(EmailAddresses.slipOf("liurt@amia.com", "liurtt@amla.com")).isFalse();  // another domain too
        assertThat(EmailAddresses.slipOf("chenqk@ielk.com.cn", "chengqk@ielk.com.cn")).isFalse(); // a letter inside
        assertThat(EmailAddresses.slipOf("zhaotx@agim.net", "zhaotx@aglm.net")).isFalse();
    }

    @Test
    void mendsAMailboxNamesOpeningFromTheOneReadingThatOpensWithASurname() {
        // tuning-0818: the box's edge cut the w the page read
        assertThat(EmailAddresses.mendedOpening("uqd", List.of("uqd", "uqd", "wuqd"))).contains("wuqd");
        // tuning-0711: the page's "1" for l
        assertThat(EmailAddresses.mendedOpening("ixp", List.of("ixp", "ixp", "1ixp"))).contains("lixp");
        // tuning-0732 and -0815: a stroke at the box's edge read as a letter
        assertThat(EmailAddresses.mendedOpening("yvangvu", List.of("yvangvu", "vangvu", "wangvu"))).contains("wangvu");
        assertThat(EmailAddresses.mendedOpening("lliku", List.of("liku", "liku", "lliku"))).contains("liku");
        // the one taken opens with a surname already: nothing to mend (tuning-0472's luui/liuui stays unsettled)
        assertThat(EmailAddresses.mendedOpening("luui", List.of("huui", "liuui"))).isEmpty();
        // two readings open with different surnames: no single one settles it
        assertThat(EmailAddresses.mendedOpening("ang", List.of("wang", "yang"))).isEmpty();
        // a surname further than the name's first two characters: another name, not an edge slip
        assertThat(EmailAddresses.mendedOpening("abcxyz", List.of("wangxyz"))).isEmpty();
        assertThat(EmailAddresses.mendedOpening("qd", List.of("wuqd"))).isEqualTo(Optional.of("wuqd"));
        assertThat(EmailAddresses.mendedOpening("xd", List.of("wuqd"))).isEmpty(); // shares too little
    }
}
