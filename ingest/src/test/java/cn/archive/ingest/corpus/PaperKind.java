package cn.archive.ingest.corpus;

/** The kinds of paper in a customer file (档案材料种类) the corpus makes. */
enum PaperKind {
    /** 客户档案登记表: label：value lines, two fields to a line at times. */
    REGISTRATION_FORM,
    /** 客户信息卡: a ruled table, label cell beside value cell. */
    CUSTOMER_CARD,
    /** 业务约定书: the customer is 甲方, the other party 乙方 has its own address and phone; two pages. */
    CONTRACT,
    /** 客户意见反馈单: a feedback date that is not the registration date. */
    FEEDBACK_FORM,
    /** 客户交易记录: a header and a ruled ledger of dated amounts. */
    TRANSACTION_LEDGER,
    /** 个人客户信息登记表: a person with 身份证号 and a home address. */
    INDIVIDUAL
}
