package cn.archive.api.search;

/**
 * The facets a search can be narrowed by, each a request parameter name and the index field it
 * filters. Industry values are GB/T 4754 section letters, shown with their names as labels.
 */
enum Facet {
    REGION("region", "customer.region.area"),
    PROVINCE("province", "customer.region.province"),
    INDUSTRY("industry", "customer.industry.code"),
    TIER("tier", "customer.tier"),
    DOCUMENT_TYPE("documentType", "documentType");

    final String param;
    final String field;

    Facet(String param, String field) {
        this.param = param;
        this.field = field;
    }
}
