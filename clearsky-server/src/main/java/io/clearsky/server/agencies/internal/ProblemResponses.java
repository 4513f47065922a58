package io.clearsky.server.agencies.internal;

import io.clearsky.server.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/** Writes 401 and 403 answers of the security filters as problem+json, like every other error. */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemWriter problems;

    ProblemResponses(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"ClearSky\", ApiKey header=\"X-API-Key\"");
        if (e instanceof LockedException) {
            write(
                    request,
                    response,
                    401,
                    "account-locked",
                    "Account locked",
                    e.getMessage() + "; wait, or ask an admin or your supervisor to unlock it");
            return;
        }
        write(
                request,
                response,
                401,
                "unauthenticated",
                "Unauthenticated",
                "send an API key in the X-API-Key header, or log in with HTTP Basic");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (e instanceof CsrfException) {
            write(
                    request,
                    response,
                    403,
                    "csrf",
                    "Missing or wrong CSRF token",
                    "a state-changing request of the console must carry the token from the XSRF-TOKEN cookie");
            return;
        }
        write(
                request,
                response,
                403,
                "forbidden",
                "Forbidden",
                e.getMessage() == null ? "your role or agency may not do this" : e.getMessage());
    }

    void write(
            HttpServletRequest request,
            HttpServletResponse response,
            int status,
            String type,
            String title,
            String detail)
            throws IOException {
        problems.write(request, response, status, type, title, detail, List.of());
    }
}
