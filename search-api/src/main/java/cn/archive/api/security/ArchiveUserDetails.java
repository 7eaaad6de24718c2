package cn.archive.api.security;

import cn.archive.api.user.Account;
import cn.archive.api.user.AccountStore;
import java.io.IOException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Users for Spring Security, read from the object store, locked while the throttle says so. */
@Component
class ArchiveUserDetails implements UserDetailsService {

    private final AccountStore accounts;
    private final LoginThrottle throttle;

    ArchiveUserDetails(AccountStore accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        Account account;
        try {
            account = accounts.find(username).orElseThrow(() -> new UsernameNotFoundException(username));
        } catch (IOException e) {
            throw new InternalAuthenticationServiceException("the user store could not be read: " + e.getMessage(), e);
        }
        return User.withUsername(account.username()).password(account.passwordHash()).roles(account.role())
                .disabled(!account.enabled()).accountLocked(throttle.userLocked(account.username())).build();
    }
}
