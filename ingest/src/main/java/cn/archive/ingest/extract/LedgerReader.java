package cn.archive.ingest.extract;

import cn.archive.ingest.extract.Label.Field;
import cn.archive.ingest.record.Communication;
import cn.archive.ingest.record.Transaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads table rows that start with a date: a transaction (交易记录) when an item and an amount
 * follow, a communication (沟通记录) when a channel (电话, 邮件, 面谈, 微信, 上门拜访 …) and a
 * summary follow. Rows must start with the date (after an optional row number) so that running
 * contract text ("甲方应于2023年4月30日前支付…") is not read as a ledger.
 */
final class LedgerReader {

    /** What the rows of one document hold. */
    record Ledger(List<Transaction> transactions, List<Communication> communications) {
    }

    private static final Pattern ROW_NUMBER = Pattern.compile("^(?:\\(\\d{1,3}\\)\\s*|\\d{1,3}[.、)]\\s*|\\d{1,3}\\s+)");
    private static final String UNITS = "(?:台|件|个|套|只|箱|吨|公斤|千克|克|米|批|次|把|支|张|本|瓶|桶|袋|包|盒|辆|份|项|组|块|条|根|片|双|对|副|KG|kg)";
    private static final Pattern UNIT_AHEAD = Pattern.compile("\\s*" + UNITS);
    // "数控车床配件 10 台 ¥128,500.00": the count before the amount is not part of the item.
    private static final Pattern QUANTITY = Pattern.compile("(?<=[\\p{IsHan}\\s])\\d+(?:\\.\\d+)?\\s*" + UNITS + "?\\s*$");
    private static final Map<String, String> CHANNELS = new LinkedHashMap<>();

    static {
        // Longest spelling first; each maps to the word the archive uses.
        String[][] spellings = {
            {"电话回访", "电话"}, {"电话沟通", "电话"}, {"电话联系", "电话"}, {"电话", "电话"}, {"来电", "电话"},
            {"致电", "电话"}, {"电子邮件", "邮件"}, {"邮件", "邮件"}, {"E-MAIL", "邮件"}, {"EMAIL", "邮件"},
            {"邮箱", "邮件"}, {"当面沟通", "面谈"}, {"面谈", "面谈"}, {"面访", "面谈"}, {"来访", "面谈"},
            {"会面", "面谈"}, {"微信", "微信"}, {"上门拜访", "上门拜访"}, {"上门走访", "上门拜访"},
            {"上门", "上门拜访"}, {"拜访", "上门拜访"}, {"走访", "上门拜访"}, {"短信", "短信"}, {"QQ", "QQ"},
            {"视频会议", "会议"}, {"会议", "会议"}, {"传真", "传真"}, {"信函", "信函"},
        };
        for (String[] s : spellings) {
            CHANNELS.put(s[0], s[1]);
        }
    }

    private LedgerReader() {
    }

    static Ledger read(List<String> lines, Set<Integer> formLines) {
        List<Transaction> transactions = new ArrayList<>();
        List<Communication> communications = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (formLines.contains(i)) {
                continue;
            }
            String line = lines.get(i).strip();
            Matcher number = ROW_NUMBER.matcher(line);
            int from = number.lookingAt() ? number.end() : 0;
            Optional<ChineseDates.Match> date = ChineseDates.at(line, from);
            if (date.isEmpty() || date.get().date() == null) {
                continue;
            }
            LocalDate d = date.get().date();
            String rest = TextNormalizer.cellValue(line.substring(date.get().end()).replace(TextNormalizer.GAP, " "));
            Optional<Map.Entry<String, String>> channel = channelAtStart(rest);
            if (channel.isPresent()) {
                String summary = TextNormalizer.cellValue(rest.substring(channel.get().getKey().length()));
                communications.add(new Communication(d, channel.get().getValue(), summary.isEmpty() ? null : summary));
            } else {
                transaction(d, rest).ifPresent(transactions::add);
            }
        }
        return new Ledger(List.copyOf(transactions), List.copyOf(communications));
    }

    /** The communication a feedback form (意见反馈单) records in its labelled fields. */
    static Optional<Communication> fromFeedback(LabeledText labels) {
        Optional<LabeledText.Found<String>> summary = labels.first(Field.COMM_SUMMARY, Optional::of);
        if (summary.isEmpty()) {
            return Optional.empty();
        }
        LocalDate date = labels.first(Field.COMM_DATE, ChineseDates::parse)
                .or(() -> labels.first(Field.REGISTERED_ON, ChineseDates::parse))
                .map(LabeledText.Found::value).orElse(null);
        String channel = labels.first(Field.COMM_CHANNEL, LedgerReader::channelIn)
                .map(LabeledText.Found::value).orElse(null);
        return Optional.of(new Communication(date, channel, summary.get().value()));
    }

    /** The archive's word for the channel named in a value (来电 → 电话), or the value itself. */
    static Optional<String> channelIn(String value) {
        String upper = value.toUpperCase(Locale.ROOT);
        for (Map.Entry<String, String> c : CHANNELS.entrySet()) {
            if (upper.contains(c.getKey())) {
                return Optional.of(c.getValue());
            }
        }
        return value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    private static Optional<Map.Entry<String, String>> channelAtStart(String rest) {
        String upper = rest.toUpperCase(Locale.ROOT);
        for (Map.Entry<String, String> c : CHANNELS.entrySet()) {
            // 电话费 is a cost, not a call.
            if (upper.startsWith(c.getKey()) && !upper.startsWith("费", c.getKey().length())) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    private static Optional<Transaction> transaction(LocalDate date, String rest) {
        // A number glued to a word (6205轴承) is part of the item; one before a unit (10 台) is a count.
        List<Amounts.Token> tokens = Amounts.find(rest).stream()
                .filter(t -> t.marked() || !(t.end() < rest.length() && TextNormalizer.isHan(rest.charAt(t.end()))
                        || UNIT_AHEAD.matcher(rest).region(t.end(), rest.length()).lookingAt()))
                .toList();
        if (tokens.isEmpty()) {
            return Optional.empty();
        }
        Amounts.Token amount = tokens.stream().filter(Amounts.Token::marked).reduce((a, b) -> b)
                .or(() -> tokens.stream().filter(Amounts.Token::grouped).reduce((a, b) -> b))
                .orElse(tokens.get(tokens.size() - 1));
        String item = TextNormalizer.cellValue(QUANTITY.matcher(rest.substring(0, tokens.get(0).start())).replaceFirst(""));
        if (item.codePoints().noneMatch(Character::isLetter) || amount.value().signum() <= 0) {
            return Optional.empty();
        }
        return Optional.of(new Transaction(date, item, amount.value()));
    }
}
