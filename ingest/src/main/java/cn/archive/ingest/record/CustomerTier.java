package cn.archive.ingest.record;

/** 客户等级: VIP (贵宾, A类), KEY (重点, B类), STANDARD (普通, C类), PROSPECT (潜在, 意向). */
public enum CustomerTier { VIP, KEY, STANDARD, PROSPECT }
