package cn.archive.api.security;

import cn.archive.api.user.Account;
import cn.archive.ingest.record.ArchiveRecord;
import java.util.Set;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The account behind the current request, as {@link CallerFilter} read it, and what its region scope
 * lets it see. Fails closed: without a looked-up account there is no scope to apply, so nothing is shown.
 */
public final class Caller {

    private Caller() {
    }

    public static Account account() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        Object account = attributes == null ? null : attributes.getAttribute(CallerFilter.ACCOUNT, RequestAttributes.SCOPE_REQUEST);
        if (!(account instanceof Account a)) {
            throw new IllegalStateException("no account was looked up for this request; is CallerFilter in the chain?");
        }
        return a;
    }

    /** The areas the caller may see; empty means every area. */
    public static Set<String> regionScope() {
        return account().regions();
    }

    /** Whether a document exists for the caller: unscoped callers see all; scoped ones only their areas. */
    public static boolean maySee(ArchiveRecord record) {
        Set<String> scope = regionScope();
        if (scope.isEmpty()) {
            return true;
        }
        String area = record.customer() == null || record.customer().region() == null ? null
                : record.customer().region().area();
        return area != null && scope.contains(area);
    }
}
