package cn.archive.ingest.extract;

import cn.archive.ingest.record.DocumentType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells the kind of paper from its title (客户档案登记表, 业务约定书, 客户意见反馈单, 交易记录),
 * or, when the title is unreadable, from what the body holds (甲方 and 乙方, ledger rows).
 */
final class DocumentTypes {

    /** The kind and how it was recognised; evidence is null for OTHER. */
    record Kind(DocumentType type, Evidence evidence) {
    }

    // Checked in this order on each title line: 合同履行意见反馈单 is a feedback form, not a contract.
    private static final Map<DocumentType, List<String>> TITLE_WORDS = new LinkedHashMap<>();

    static {
        TITLE_WORDS.put(DocumentType.TRANSACTION_RECORD, List.of("交易记录", "业绩记录", "交易明细", "往来明细",
                "销售记录", "交易台账", "业务往来记录", "业绩明细", "购货记录"));
        TITLE_WORDS.put(DocumentType.FEEDBACK_FORM, List.of("意见反馈", "反馈单", "反馈表", "意见表", "意见征询",
                "投诉登记", "满意度调查"));
        TITLE_WORDS.put(DocumentType.CONTRACT, List.of("业务约定书", "约定书", "合同", "协议"));
        TITLE_WORDS.put(DocumentType.REGISTRATION_FORM, List.of("客户档案登记表", "客户信息卡", "客户资料卡",
                "客户登记表", "档案登记表", "信息登记表", "客户信息表", "客户资料表", "客户档案", "登记表", "信息卡", "资料卡"));
    }

    private static final int TITLE_LINES = 5;

    private DocumentTypes() {
    }

    static Kind classify(List<String> firstPageLines, LabeledText labels, int transactionRows, boolean feedback) {
        int seen = 0;
        for (String line : firstPageLines) {
            if (line.isBlank()) {
                continue;
            }
            for (Map.Entry<DocumentType, List<String>> e : TITLE_WORDS.entrySet()) {
                if (e.getValue().stream().anyMatch(w -> isTitleWord(line, w))) {
                    return new Kind(e.getKey(), Evidence.LABEL);
                }
            }
            if (++seen == TITLE_LINES) {
                break;
            }
        }
        if (labels.hasLabel("甲方") && labels.hasLabel("乙方")) {
            return new Kind(DocumentType.CONTRACT, Evidence.PATTERN);
        }
        if (feedback) {
            return new Kind(DocumentType.FEEDBACK_FORM, Evidence.PATTERN);
        }
        if (transactionRows >= 2) {
            return new Kind(DocumentType.TRANSACTION_RECORD, Evidence.PATTERN);
        }
        return new Kind(DocumentType.OTHER, null);
    }

    // 合同编号 and 协议金额 are fields of other papers, not titles.
    private static boolean isTitleWord(String line, String word) {
        for (int i = line.indexOf(word); i >= 0; i = line.indexOf(word, i + 1)) {
            int end = i + word.length();
            boolean field = end < line.length() && "编号金额期:".indexOf(line.charAt(end)) >= 0;
            if (!field) {
                return true;
            }
        }
        return false;
    }
}
