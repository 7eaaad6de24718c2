package cn.archive.ingest.record;

/**
 * Kind of paper: 客户档案登记表/信息卡, 业务约定书/合同, 客户意见反馈单, 交易/业绩记录, or anything else.
 */
public enum DocumentType { REGISTRATION_FORM, CONTRACT, FEEDBACK_FORM, TRANSACTION_RECORD, OTHER }
