package io.clearsky.server.agencies.internal;

import io.clearsky.server.agencies.Caller;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authenticated caller, by API key or by password. */
final class CallerAuthentication extends AbstractAuthenticationToken {

    private final Caller caller;
    private final boolean passwordChangeRequired;

    CallerAuthentication(Caller caller, boolean passwordChangeRequired) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + caller.role().name())));
        this.caller = caller;
        this.passwordChangeRequired = passwordChangeRequired;
        setAuthenticated(true);
    }

    boolean passwordChangeRequired() {
        return passwordChangeRequired;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Caller getPrincipal() {
        return caller;
    }

    @Override
    public String getName() {
        return caller.name();
    }
}
