package cn.archive.api.security;

import java.util.Collection;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/** The roles of interfaces.md and what each may see. */
public final class Roles {

    public static final String ADMIN = "ADMIN";
    public static final String ARCHIVIST = "ARCHIVIST";
    public static final String VIEWER = "VIEWER";
    public static final String AUDITOR = "AUDITOR";

    private Roles() {
    }

    /** Whether the caller may see personal information (phones, e-mail, address) unmasked. */
    public static boolean seesPersonalData(Authentication auth) {
        return has(auth.getAuthorities(), ADMIN) || has(auth.getAuthorities(), ARCHIVIST);
    }

    private static boolean has(Collection<? extends GrantedAuthority> authorities, String role) {
        return authorities.stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }
}
