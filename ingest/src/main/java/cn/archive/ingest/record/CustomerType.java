package cn.archive.ingest.record;

/** Whether the customer is a company (单位客户) or a person (个人客户). */
public enum CustomerType { COMPANY, INDIVIDUAL }
