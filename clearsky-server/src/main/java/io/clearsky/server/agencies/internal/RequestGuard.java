package io.clearsky.server.agencies.internal;

import io.clearsky.server.BodyTooLargeException;
import io.clearsky.server.InvalidInputException;
import io.clearsky.server.InvalidInputException.FieldProblem;
import io.clearsky.server.ProblemWriter;
import io.clearsky.server.RateLimit;
import io.clearsky.server.agencies.ApiKeys;
import io.clearsky.server.agencies.Caller;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What every request passes before anything else, the check fast paths included: the security headers, the body
 * size limit (413), no NUL in a query parameter (400) and the per-API-key rate limit (429). A request with an unknown key is counted against its client
 * address, so guessing keys is limited too. Requests without a key are limited later, in the security chain, once
 * it is known whether a person logged in ({@link CallerLimits}).
 */
final class RequestGuard extends OncePerRequestFilter {

    /** Request attribute set once the request was counted against a rate limit here. */
    static final String COUNTED = RequestGuard.class.getName() + ".counted";

    private static final List<String> UPLOAD_TYPES =
            List.of("multipart/", "text/csv", "text/plain", "application/octet-stream");

    private final List<HeaderWriter> headers;
    private final ApiKeys apiKeys;
    private final RateLimit perKey;
    private final RateLimit perAddress;
    private final long maxBody;
    private final long maxUpload;
    private final ProblemWriter problems;

    RequestGuard(
            List<HeaderWriter> headers,
            ApiKeys apiKeys,
            RateLimit perKey,
            RateLimit perAddress,
            SecuritySettings.RequestLimits sizes,
            ProblemWriter problems) {
        this.headers = List.copyOf(headers);
        this.apiKeys = apiKeys;
        this.perKey = perKey;
        this.perAddress = perAddress;
        this.maxBody = sizes.maxBody().toBytes();
        this.maxUpload = sizes.maxUpload().toBytes();
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (HeaderWriter writer : headers) {
            writer.writeHeaders(request, response);
        }
        long max = isUpload(request.getContentType()) ? maxUpload : maxBody;
        long length = request.getContentLengthLong();
        if (length > max) {
            problems.write(
                    request,
                    response,
                    413,
                    "body-too-large",
                    "Body too large",
                    new BodyTooLargeException(max).getMessage(),
                    List.of());
            return;
        }
        String query = request.getQueryString();
        if (query != null && query.contains("%00")) {
            // PostgreSQL takes no NUL in text, and no parameter has one (a body's strings are checked by NulFreeText)
            List<FieldProblem> nul = new ArrayList<>();
            request.getParameterMap().forEach((name, values) -> {
                if (Arrays.stream(values).anyMatch(value -> value.indexOf('\0') >= 0)) {
                    nul.add(new FieldProblem(name.replace('\0', '?'), "must not contain a NUL character (U+0000)"));
                }
            });
            if (!nul.isEmpty()) {
                problems.write(
                        request,
                        response,
                        400,
                        "invalid-input",
                        "Invalid input",
                        new InvalidInputException(nul).getMessage(),
                        nul);
                return;
            }
        }
        String key = ApiKeys.of(request);
        if (key != null) {
            Optional<Caller> caller = apiKeys.authenticate(key);
            Duration wait = caller.isPresent()
                    ? perKey.waitAfterTaking(caller.get().name())
                    : perAddress.waitAfterTaking(request.getRemoteAddr());
            request.setAttribute(COUNTED, Boolean.TRUE);
            if (!wait.isZero()) {
                problems.writeTooManyRequests(
                        request, response, (caller.isPresent() ? perKey : perAddress).describe(), wait);
                return;
            }
        }
        // a body of unknown length (chunked) is counted as it is read and fails past the limit; a GET (the checks)
        // goes on unwrapped
        boolean unknownBody = length < 0 && !"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod());
        chain.doFilter(unknownBody ? new LimitedBody(request, max) : request, response);
    }

    private static boolean isUpload(String contentType) {
        if (contentType == null) {
            return false;
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        for (String upload : UPLOAD_TYPES) {
            if (type.startsWith(upload)) {
                return true;
            }
        }
        return false;
    }

    /** A request whose body stream throws {@link BodyTooLargeException} once more than the limit has been read. */
    private static final class LimitedBody extends HttpServletRequestWrapper {

        private final long max;
        private ServletInputStream stream;

        LimitedBody(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new Counting(super.getInputStream(), max);
            }
            return stream;
        }
    }

    private static final class Counting extends ServletInputStream {

        private final ServletInputStream in;
        private final long max;
        private long read;

        Counting(ServletInputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > max) {
                throw new BodyTooLargeException(max);
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}
