package cn.archive.ingest.extract;

import cn.archive.ingest.record.CustomerType;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Cleans customer and contact names read after a label, and tells a company (单位客户) from a
 * person (个人客户) by the name's shape.
 */
final class CustomerNames {

    // Words that end the name of an organisation; a person's name never ends in them.
    private static final List<String> ORGANISATION_SUFFIXES = List.of(
            "有限责任公司", "股份有限公司", "有限公司", "分公司", "公司", "集团", "总厂", "分厂", "厂", "商店",
            "门市部", "经营部", "商行", "店", "中心", "银行", "支行", "分行", "医院", "卫生院", "诊所", "学校",
            "大学", "学院", "中学", "小学", "幼儿园", "事务所", "合作社", "研究院", "研究所", "设计院",
            "协会", "商会", "基金会", "委员会", "工作室", "酒店", "宾馆", "超市", "农场", "俱乐部", "出版社", "报社");
    // Seals and signatures printed after the name on contracts: 杭州XX有限公司（盖章）.
    private static final Pattern SEAL = Pattern.compile("\\((?:盖章|公章|签字|签章|章|签名|印章)[^)]*\\)|(?:盖章|签字|签章)$");
    // 杭州XX有限公司（以下简称"甲方"）: the note names the party, not the customer.
    private static final Pattern NOTE = Pattern.compile("\\(?以下简称.*$|\\([^()]*(?:简称|甲方|委托方|盖章|签字)[^()]*\\)$");
    // The legal forms (组织形式) an enterprise name ends with, longest first (有限公司 ends the other two).
    private static final List<String> LEGAL_FORMS = List.of("有限责任公司", "股份有限公司", "有限公司");
    // The same, as a regular expression's alternatives.
    private static final String ANY_FORM = String.join("|", LEGAL_FORMS);
    // A company name after a colon or a gap: a place and a firm name, then a company suffix.
    private static final Pattern LONE_COMPANY = Pattern.compile("(?<=^|[:\\s])\\p{IsHan}{4,24}?(?:" + ANY_FORM + ")", Pattern.MULTILINE);
    // A whole line "<a party label, however read>: <a company>"; the label's colon may be read as a semicolon ("cy ;
    // 南京…有限公司", tuning-0672), a mark no company's name holds.
    private static final Pattern PARTY_LINE = Pattern.compile("[^:;]{1,16}[:;]\\s*(\\p{IsHan}{4,24}?(?:" + ANY_FORM + "))\\s*");
    private static final Pattern NAMED_FIRST_PARTY = Pattern.compile(
            "(?<=^|[\\s:,.;\"“”])(?:兹有|现有|本合同由|经)?(\\p{IsHan}{4,24}?(?:" + ANY_FORM + "))\\s*\\(?\\s*以下(?:简称|称)\\s*[\"'“”‘’「」]?\\s*(?:甲方|委托方)");
    private static final Pattern OTHER_PARTY_NOTE = Pattern.compile("\\s*\\(?\\s*以下(?:简称|称)\\s*[\"'“”‘’「」]?\\s*(?:乙方|受托方)");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[^\\p{L}\\p{N}]+");
    // A stroke after a whole legal form: a table's rule or the box's edge read as 一 or |, never part of the name
    // (an enterprise name ends with its legal form; 杭州博雅餐饮管理有限公司一, tuning-0967).
    private static final Pattern STROKE_AFTER_FORM = Pattern.compile("(" + ANY_FORM + ")[\\s一丨|_—\\-~.·、,，。']+$");
    private static final Pattern PARTY_WORD = Pattern.compile("(?:甲方|乙方|丙方|委托方|受托方)");
    private static final Pattern PERSON = Pattern.compile("\\p{IsHan}{2,4}|\\p{IsHan}{2,5}·\\p{IsHan}{2,5}");
    private static final List<String> TITLES = List.of("董事长", "总经理", "副总经理", "经理", "总监", "主任", "主管",
            "部长", "科长", "处长", "厂长", "校长", "院长", "会计", "出纳", "老板", "先生", "女士", "小姐");

    private CustomerNames() {
    }

    /** A customer name as printed, without seal notes or trailing words after the company suffix. */
    static Optional<String> clean(String value) {
        // A name starts with a letter: a quote or bracket before it is a speck or rule OCR read (”广州…, ) 重庆…).
        String s = LEADING_MARKS.matcher(SEAL.matcher(value.strip()).replaceAll("")).replaceAll("").strip();
        s = NOTE.matcher(s).replaceAll("").strip();
        // An unknown label after the name ("…有限公司开户行:…") is cut at the company suffix.
        int colon = s.indexOf(':');
        if (colon >= 0) {
            String before = s.substring(0, colon);
            int end = lastSuffixEnd(before);
            s = end > 0 ? before.substring(0, end) : withoutTrailingLabel(before.strip());
        }
        s = STROKE_AFTER_FORM.matcher(s.strip()).replaceAll("$1");
        // "甲方（盖章）：  乙方（盖章）：" on a signature line: the next party's label is no name; nor is the
        // next cell's label and its value (性别男, tuning-0487: the name itself unread).
        if (PARTY_WORD.matcher(s).lookingAt() || isLabelAndValue(s)) {
            return Optional.empty();
        }
        return s.codePoints().filter(Character::isLetter).count() >= 2 ? Optional.of(s) : Optional.empty();
    }

    /**
     * A person's name with the next form label read onto it ("朱娜性别:女" from a box reaching into the
     * next cell, tuning-0303) without that label: the label's colon shows it is one.
     */
    private static String withoutTrailingLabel(String beforeColon) {
        for (String label : LABEL_TEXTS) {
            if (beforeColon.endsWith(label) && beforeColon.length() - label.length() >= 2) {
                return beforeColon.substring(0, beforeColon.length() - label.length());
            }
        }
        return beforeColon;
    }

    /**
     * True for a value that is another form label and perhaps its short value ("性别男", "性别:女", "证件号码"),
     * not a name: what a name's box holds where the name itself went unread (tuning-0487). A company's name
     * (ending in an organisation's suffix) never counts, however it starts.
     */
    static boolean isLabelAndValue(String value) {
        String v = TextNormalizer.compact(value);
        if (isOrganisation(v)) {
            return false;
        }
        for (String label : LABEL_TEXTS) {
            if (v.startsWith(label) && v.length() - label.length() <= LABEL_VALUE
                    && !v.substring(label.length()).replace(":", "").chars().anyMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }

    // The longest value a label read as a name may carry (性别 男 / 女, 民族 汉族): a longer rest may be a name.
    private static final int LABEL_VALUE = 3;

    /**
     * A re-reading of a name's box that took in its label too ("户姓名:吴洋", the page's label word swallowed the
     * name written right after its colon, tuning-0523): what follows a name label's colon. Any other reading as
     * it is.
     */
    static String afterNameLabel(String reading) {
        String v = TextNormalizer.basic(reading);
        for (int colon = v.indexOf(':'); colon >= 0; colon = v.indexOf(':', colon + 1)) {
            String before = TextNormalizer.compact(v.substring(0, colon));
            if (NAME_LABELS.stream().anyMatch(before::endsWith)) {
                return v.substring(colon + 1).strip(); // "姓名:朱娜 性别:女": clean cuts the next label off
            }
        }
        return reading;
    }

    // The label table's labels written in two or more Chinese characters, read once.
    private static final List<Label> HAN_LABELS = Label.load().stream()
            .filter(l -> l.text().length() >= 2 && l.text().chars().allMatch(c -> TextNormalizer.isHan((char) c)))
            .toList();

    private static final List<String> NAME_LABELS = HAN_LABELS.stream().filter(l -> l.field() == Label.Field.NAME)
            .map(Label::text).distinct().toList();

    // The name labels and their last two characters and last one (全称, 称 of 客户全称), longest first.
    private static final List<String> NAME_LABEL_WORDS = NAME_LABELS.stream()
            .flatMap(l -> java.util.stream.Stream.of(l, l.substring(l.length() - 2), l.substring(l.length() - 1))).distinct()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();

    /** The form's name labels written in Chinese and the last two characters and last one of each (名称, 全称, 称), longest first. */
    static List<String> nameLabelWords() {
        return NAME_LABEL_WORDS;
    }

    // The form's label words, longest first, in Chinese (a Latin one could be the tail of a name).
    private static final List<String> LABEL_TEXTS = HAN_LABELS.stream().map(Label::text).distinct()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed()).toList();

    /** A contact person's name: the words before any phone number, bracket or title. */
    static Optional<String> person(String value) {
        String s = value.strip().split("[0-9(,;/ ]", 2)[0];
        for (String t : TITLES) {
            if (s.endsWith(t) && s.length() - t.length() >= 2) {
                s = s.substring(0, s.length() - t.length());
                break;
            }
        }
        return s.codePoints().filter(Character::isLetter).count() >= 2 ? Optional.of(s) : Optional.empty();
    }

    /** COMPANY or INDIVIDUAL from what a 客户类型 field says (单位客户, 个人客户). */
    static Optional<CustomerType> typeWord(String value) {
        if (value.contains("单位") || value.contains("企业") || value.contains("公司") || value.contains("机构")
                || value.contains("法人")) {
            return Optional.of(CustomerType.COMPANY);
        }
        if (value.contains("个人") || value.contains("自然人")) {
            return Optional.of(CustomerType.INDIVIDUAL);
        }
        return Optional.empty();
    }

    /**
     * The one company named on the paper outside a label, for a form whose name label OCR garbled
     * (SPAR: 武汉恒达建设工程有限公司). Two different companies (甲方 and an unrecognised 乙方) give none.
     */
    static Optional<String> loneCompany(String unlabelledText) {
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        String text = String.join("\n", TextNormalizer.lines(unlabelledText));
        java.util.regex.Matcher m = LONE_COMPANY.matcher(text);
        while (m.find()) {
            if (!OTHER_PARTY_NOTE.matcher(text).region(m.end(), text.length()).lookingAt()) {
                found.add(m.group()); // not the company a preamble calls 乙方
            }
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }

    /**
     * The customer of a contract whose 甲方 and 乙方 labels OCR both garbled ("YR (£47) :南昌汇通…有限公司",
     * "OA (L467) : 上海数档…有限公司", tuning-0065): a contract names 甲方 first, and 甲方 is the customer. Taken
     * only when the text speaks of 甲方 and 乙方 and exactly two companies each fill a "label: name" line.
     */
    static Optional<String> firstPartyCompany(String unlabelledText) {
        List<String> lines = TextNormalizer.lines(unlabelledText);
        String whole = String.join("", lines);
        if (!whole.contains("甲乙双方") && !(whole.contains("甲方") && whole.contains("乙方"))) {
            return Optional.empty();
        }
        java.util.Set<String> parties = new java.util.LinkedHashSet<>();
        for (String line : lines) {
            java.util.regex.Matcher m = PARTY_LINE.matcher(line);
            if (m.matches()) {
                parties.add(m.group(1));
            }
        }
        return parties.size() == 2 ? Optional.of(parties.iterator().next()) : Optional.empty();
    }

    /**
     * The company a contract's preamble names as 甲方 or 委托方: "兹有杭州XX有限公司（以下简称“甲方”）".
     * Empty unless exactly one company is so named.
     */
    static Optional<String> namedAsFirstParty(String text) {
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        java.util.regex.Matcher m = NAMED_FIRST_PARTY.matcher(String.join("\n", TextNormalizer.lines(text)));
        while (m.find()) {
            found.add(m.group(1));
        }
        return found.size() == 1 ? Optional.of(found.iterator().next()) : Optional.empty();
    }


    /** The whole legal form {@code name} ends with (有限公司, 股份有限公司, 有限责任公司), or empty. */
    static Optional<String> legalForm(String name) {
        return LEGAL_FORMS.stream().filter(name::endsWith).findFirst();
    }

    /**
     * The name before its legal form where that form lost a character (合肥汇通食品限公司, 有 lost,
     * tuning-0750) or was cut after 有限 (长沙明德物流有限, the box ended there, tuning-0732): an enterprise
     * name ends with its whole form (企业名称: 行政区划 + 字号 + 行业 + 组织形式), so such an ending is a
     * misreading, never the name. Empty where the name ends with a whole legal form or with none.
     */
    static Optional<String> stemOfBrokenLegalForm(String name) {
        if (LEGAL_FORMS.stream().anyMatch(name::endsWith)) {
            return Optional.empty();
        }
        for (String form : LEGAL_FORMS) {
            for (int i = 0; i < form.length(); i++) {
                String lost = form.substring(0, i) + form.substring(i + 1);
                if (name.endsWith(lost) && name.length() > lost.length()) {
                    return Optional.of(name.substring(0, name.length() - lost.length()));
                }
            }
            for (int k = form.length() - 1; k >= 2; k--) {
                String cut = form.substring(0, k);
                if (cut.contains("有限") && name.endsWith(cut) && name.length() > cut.length()) {
                    return Optional.of(name.substring(0, name.length() - cut.length()));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * {@code stem} (a name whose legal form was misread, {@link #stemOfBrokenLegalForm}) with the whole
     * legal form another reading of the name gives after the stem's last two characters: {@code text} is a
     * re-reading of the name's box or another line of the paper (台肥汇通食品有限公司 read again gives
     * 合肥汇通食品 + 有限公司). Empty where it gives none.
     */
    static Optional<String> completedLegalForm(String stem, String text) {
        if (stem.length() < 2) {
            return Optional.empty();
        }
        String t = TextNormalizer.compact(text);
        String tail = stem.substring(stem.length() - 2);
        for (String form : LEGAL_FORMS) {
            if (t.contains(tail + form)) {
                return Optional.of(stem + form);
            }
        }
        return Optional.empty();
    }

    /**
     * True for a name whose Chinese characters Latin letters interrupt and which ends in no organisation's
     * suffix ("广州正泰餐se wit Pe) ay a六ay", tuning-0469: a seal or rule read as letters): no name as
     * printed, so a re-reading of its box is the better one. A firm named with Latin letters ends well.
     */
    static boolean garbled(String name) {
        return name.codePoints().anyMatch(c -> c < 128 && Character.isLetter(c)) && !isOrganisation(name.strip());
    }

    static boolean isOrganisation(String name) {
        return lastSuffixEnd(name) == name.length();
    }

    /** Two to four Chinese characters (or a minority name with ·), the shape of a person's name. */
    static boolean looksLikePerson(String name) {
        return PERSON.matcher(name).matches() && !isOrganisation(name);
    }

    private static int lastSuffixEnd(String s) {
        int best = -1;
        for (String suffix : ORGANISATION_SUFFIXES) {
            int i = s.lastIndexOf(suffix);
            // A one-character suffix (厂, 店) only counts after a real name, not as the whole word.
            if (i >= 0 && (suffix.length() > 1 || i >= 2)) {
                best = Math.max(best, i + suffix.length());
            }
        }
        return best;
    }
}
