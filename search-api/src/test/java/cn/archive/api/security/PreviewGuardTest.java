package cn.archive.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.archive.api.access.DocumentGuard;
import cn.archive.api.user.Account;
import cn.archive.ingest.record.ArchiveRecord;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The hook a page preview endpoint calls before rendering: scope (404), audit, and whether to redact.
 * Called here as the endpoint will call it, inside a request of a given account.
 */
class PreviewGuardTest extends SecurityStack {

    @Autowired
    DocumentGuard guard;

    @AfterEach
    void clear() {
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.clearContext();
    }

    private Authentication as(String name, String role, Set<String> regions) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setAttribute(CallerFilter.ACCOUNT, new Account(name, "-", role, regions, true, Instant.now(), Instant.now()));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        Authentication auth = UsernamePasswordAuthenticationToken.authenticated(name, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + role)));
        SecurityContextHolder.getContext().setAuthentication(auth);
        return auth;
    }

    @Test
    void aViewersPreviewIsRedactedAnArchivistsIsNotAndBothAreAudited() throws Exception {
        Doc doc = document("华东", "浙江省", "杭州市", "西湖区");
        ArchiveRecord record = store.readManifest(doc.id()).orElseThrow();
        String viewer = uniqueName("previewer");
        String archivist = uniqueName("preview-clerk");

        assertThat(guard.preview(record, as(viewer, "VIEWER", Set.of()), 1)).isTrue();
        assertThat(guard.preview(record, as(archivist, "ARCHIVIST", Set.of()), 1)).isFalse();
        clear();

        assertThat(audit("user=" + viewer + "&action=PREVIEW").at("/events/0/details/redacted").asText()).isEqualTo("true");
        assertThat(audit("user=" + archivist + "&action=PREVIEW").get("total").asLong()).isEqualTo(1);
    }

    @Test
    void aPreviewOutsideTheScopeIsNotFound() throws Exception {
        Doc doc = document("华南", "广东省", "广州市", "天河区");
        ArchiveRecord record = store.readManifest(doc.id()).orElseThrow();

        Authentication east = as(uniqueName("east"), "VIEWER", Set.of("华东"));

        assertThatThrownBy(() -> guard.preview(record, east, 1)).isInstanceOfSatisfying(ErrorResponseException.class,
                e -> assertThat(e.getStatusCode().value()).isEqualTo(404));
    }
}
