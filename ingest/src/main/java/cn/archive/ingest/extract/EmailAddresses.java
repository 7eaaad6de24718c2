package cn.archive.ingest.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an archivist knows of how a Chinese customer's e-mail address is written, used to settle
 * readings of one that disagree: the letters OCR confuses in it ({@code I} for {@code l}, the dot of
 * a {@code j} read as a full stop, {@code 1} for a leading {@code l}), the public suffixes its domain
 * ends in, and that its mailbox name most often opens with the pinyin of a surname (wangvu@, lixp@).
 * Stateless.
 */
final class EmailAddresses {

    // Suffixes under which a Chinese customer's domain is registered: one label before them names it.
    private static final Pattern TWO_LABEL_SUFFIX = Pattern.compile("\\.(?:com|net|org|gov|edu|ac)\\.cn$");

    // The top-level domains a misread one is most likely a letter away from.
    private static final List<String> USUAL_TLDS = List.of("cn", "com", "net", "org");

    // A capital between a small letter or digit and the @.
    private static final Pattern RING_BEFORE_AT = Pattern.compile("([a-z0-9])[A-Z]@");

    // A 1 with no digit beside it, after a letter, the @ or a dot: one stroke, which an address of letters
    // writes as an l.
    private static final Pattern LONE_ONE = Pattern.compile("(?<=[a-z@.])1(?![0-9])");

    // The mailbox name's characters, run back from where the @ stands.
    private static final Pattern LOCAL_TAIL = Pattern.compile("[a-z0-9._-]+$");
    private static final Pattern LABEL_WORD = Pattern.compile("^(?:e-?mail|mail)");

    /**
     * The pinyin of the surnames most Chinese people bear (the hundred commonest cover some 85 % of
     * the population), which a mailbox name made of a name opens with.
     */
    private static final Set<String> SURNAMES = Set.of(
            "wang", "li", "zhang", "liu", "chen", "yang", "huang", "zhao", "wu", "zhou", "xu", "sun", "ma", "zhu",
            "hu", "guo", "he", "gao", "lin", "luo", "zheng", "liang", "xie", "song", "tang", "han", "feng", "deng",
            "cao", "peng", "zeng", "xiao", "tian", "dong", "pan", "yuan", "cai", "jiang", "yu", "du", "ye", "cheng",
            "wei", "su", "lu", "ding", "ren", "shen", "yao", "cui", "zhong", "tan", "fan", "jin", "shi", "liao",
            "jia", "xia", "fu", "fang", "bai", "zou", "meng", "xiong", "qin", "qiu", "yin", "xue", "yan", "duan",
            "lei", "hou", "long", "tao", "gu", "mao", "hao", "gong", "shao", "wan", "qian", "dai", "mo", "kong",
            "xiang", "chang", "kang", "niu", "qiao", "lai", "wen", "fei", "guan", "ou", "ning", "rao", "ji", "mu");

    private EmailAddresses() {
    }

    /**
     * {@code raw} (an address as OCR read it, in its case) with each capital {@code I} after the first
     * character read as the {@code l} it most likely is, where no other capital stands there: an address
     * is written in small letters (only its first is sometimes capitalised), and a sans-serif {@code l}
     * and {@code I} are the same stroke ("yangda@Ikhept.com" for lkhept, tuning-0735). A capital between
     * a small letter and the {@code @} is the {@code @}'s own ring read once more as a letter
     * ("chenlhQ@viy.com.cn", "zhangznG@…": 14 readings of the tuning 900, every one so): dropped.
     */
    static String smallL(String raw) {
        if (raw.length() < 2) {
            return raw;
        }
        String rest = RING_BEFORE_AT.matcher(raw.substring(1)).replaceAll("$1@");
        if (!rest.chars().allMatch(c -> c == 'I' || !Character.isUpperCase(c))) {
            return raw;
        }
        return raw.charAt(0) + rest.replace('I', 'l');
    }

    /**
     * {@code address} (small letters) with each lone {@code 1} read as the {@code l} it most likely is, where
     * the address holds no other digit: a 1 and an l are one upright stroke, and an address written in letters
     * has no digit standing alone among them ("cheny1@zedspw.net" for chenyl, "zhaoyk@kx1.cn" for kxl,
     * "wuaa@1jzm.com" for ljzm: on the tuning 1200, 16 readings in 11 files, every one an l). Empty where there
     * is no such 1 (none, one as the address's first character, or one of a number: "zhang1985@", "li1@163.com").
     * Which it is no reading can say for sure, so an address so read is for a clerk's look.
     */
    static Optional<String> onesAsL(String address) {
        if (!LONE_ONE.matcher(address).find() || address.chars().filter(c -> c >= '0' && c <= '9').count() != 1) {
            return Optional.empty();
        }
        return Optional.of(LONE_ONE.matcher(address).replaceAll("l"));
    }

    /**
     * {@code address} without the dots OCR made of the dot over an {@code i} or {@code j}
     * ("b.jndmv.com" for bjndmv.com, "xmvqv.j.net" for xmvqvj.net): a dot straight before either letter,
     * beside a label of one letter, where the domain has more labels than a name and its public suffix
     * ({@code .com}, {@code .com.cn}). A mail host's own subdomain ("mail.ibm.com") is left as it is.
     */
    static String tittlesJoined(String address) {
        int at = address.indexOf('@');
        if (at < 0) {
            return address;
        }
        String domain = address.substring(at + 1);
        int suffix = TWO_LABEL_SUFFIX.matcher(domain).find() ? 2 : 1;
        String[] labels = domain.split("\\.", -1);
        if (labels.length <= suffix + 1) {
            return address;
        }
        StringBuilder name = new StringBuilder(labels[0]);
        for (int k = 1; k < labels.length - suffix; k++) {
            String next = labels[k];
            boolean tittle = !next.isEmpty() && (next.charAt(0) == 'i' || next.charAt(0) == 'j')
                    && (labels[k - 1].length() == 1 || next.length() == 1);
            name.append(tittle ? "" : ".").append(next);
        }
        String tail = String.join(".", Arrays.copyOfRange(labels, labels.length - suffix, labels.length));
        return address.substring(0, at + 1) + name + "." + tail;
    }

    /**
     * The address with a top-level domain of none of the usual ones put right where exactly one of
     * {@code .cn .com .net .org} is a letter away from it (".cr" → ".cn", tuning-0494); empty where
     * it is usual already or no such one is near.
     */
    static Optional<String> usualTld(String address) {
        int dot = address.lastIndexOf('.');
        if (dot < 0 || CustomerReader.commonTopLevelDomain(address)) {
            return Optional.empty();
        }
        String tld = address.substring(dot + 1);
        List<String> near = USUAL_TLDS.stream().filter(u -> TextNormalizer.oneSubstitution(tld, u)).toList();
        return near.size() == 1 ? Optional.of(address.substring(0, dot + 1) + near.get(0)) : Optional.empty();
    }

    /** True when a mailbox name opens with the pinyin of a common surname ("lifc", "wangvu"). */
    static boolean opensWithSurname(String local) {
        for (int n = Math.min(6, local.length()); n >= 2; n--) {
            if (SURNAMES.contains(local.substring(0, n))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The mailbox name the page's {@code value} gives before {@code domain} (the domain the address
     * is taken with), lowercase and without spaces, whether the page read the {@code @} or another
     * character in its place (":1ixpotofa.net", "wangvugknxz .com"); empty where the page does not
     * hold that domain.
     */
    static Optional<String> pageLocal(String value, String domain) {
        String v = TextNormalizer.basic(value).toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        int d = v.lastIndexOf(domain);
        if (d < 2) {
            return Optional.empty();
        }
        String before = v.substring(0, d - 1); // the @, or what OCR read in its place
        Matcher m = LOCAL_TAIL.matcher(before);
        if (!m.find()) {
            return Optional.empty();
        }
        String local = LABEL_WORD.matcher(m.group()).replaceFirst("").replaceFirst("^[._-]+", "");
        return local.isEmpty() ? Optional.empty() : Optional.of(local);
    }

    /**
     * The mailbox name {@code taken} with its opening put right from the other readings' names
     * ({@code others}), where it opens with no surname and exactly one other reading's does, differing
     * from it only in its first one or two characters: the slips at a box's left edge and a label's colon
     * (a first letter cut off, "uqd" for wuqd; a colon or stroke read as a letter, "lliku", "yvangvu").
     * A leading {@code 1} counts as the {@code l} it stands for (no pinyin opens with a digit). Empty where
     * no such reading settles it.
     */
    static Optional<String> mendedOpening(String taken, List<String> others) {
        if (opensWithSurname(taken)) {
            return Optional.empty();
        }
        Set<String> mended = new LinkedHashSet<>();
        for (String o : others) {
            String l = o.startsWith("1") ? "l" + o.substring(1) : o;
            if (!l.equals(taken) && opensWithSurname(l) && differsInOpeningOnly(taken, l)) {
                mended.add(l);
            }
        }
        return mended.size() == 1 ? Optional.of(mended.iterator().next()) : Optional.empty();
    }

    /**
     * The mailbox name {@code taken} without its last letter where another reading's name is just that
     * ({@code others}): the @'s ring, read once more as a letter before it, gives a name one letter too long
     * ("zhouvqa@" on the page for the box's "zhouvq@", tuning-0500; "yangykk@" in a box for the page's
     * "yangyk@", tuning-0047: on the tuning 900, 4 files, the shorter name right in each). Empty where no
     * reading is so.
     */
    static Optional<String> ringDropped(String taken, List<String> others) {
        String shorter = taken.substring(0, taken.length() - 1);
        return !shorter.isEmpty() && others.contains(shorter) ? Optional.of(shorter) : Optional.empty();
    }

    /**
     * True when {@code other} is {@code taken} with one of the slips {@link #ringDropped} and
     * {@link #mendedOpening} put right: its mailbox name one letter longer (the @'s ring read as a letter,
     * "liurtt@" for liurt@), or an opening no surname starts where {@code taken}'s does, differing only there
     * ("xxuwa@" for xuwa@); the same domain. Such a reading does not dispute {@code taken}: the rule settles it.
     */
    static boolean slipOf(String taken, String other) {
        int at = taken.indexOf('@');
        int oat = other.indexOf('@');
        if (at < 0 || oat < 0 || !taken.substring(at).equals(other.substring(oat))) {
            return false;
        }
        String local = taken.substring(0, at);
        String otherLocal = other.substring(0, oat);
        return otherLocal.length() == local.length() + 1 && otherLocal.startsWith(local)
                || opensWithSurname(local) && !opensWithSurname(otherLocal) && differsInOpeningOnly(otherLocal, local);
    }

    // True when a and b differ only in their first one or two characters (added, dropped or other).
    private static boolean differsInOpeningOnly(String a, String b) {
        int i = a.length();
        int j = b.length();
        while (i > 0 && j > 0 && a.charAt(i - 1) == b.charAt(j - 1)) {
            i--;
            j--;
        }
        int common = a.length() - i;
        return i <= 2 && j <= 2 && common >= 2;
    }

    /** The mailbox names of {@code addresses}, one per address. */
    static List<String> locals(List<String> addresses) {
        List<String> out = new ArrayList<>();
        addresses.forEach(a -> out.add(a.substring(0, a.indexOf('@'))));
        return out;
    }
}
