package io.clearsky.server.console.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Which language a page speaks: Chinese (zh-CN) unless the person chose English with {@code ?lang=en} (or back
 * with {@code ?lang=zh-CN}); the choice is remembered in the {@code clearsky-lang} cookie for a year. Pages are
 * everything outside {@code /api}; the API keeps answering by the request's {@code Accept-Language}.
 */
@Configuration(proxyBeanMethods = false)
class ConsoleLocales implements WebMvcConfigurer {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("clearsky-lang");
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookiePath("/");
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(ConsoleLocales::byDefault);
        return resolver;
    }

    private static Locale byDefault(HttpServletRequest request) {
        return request.getRequestURI().startsWith("/api/") ? request.getLocale() : CHINESE;
    }

    /** English or Chinese, the two languages the pages speak; anything else is Chinese. */
    static Locale speaks(@Nullable String value) {
        return value != null && value.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Locale.ENGLISH : CHINESE;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitch(localeResolver())).excludePathPatterns("/api/**", "/error");
    }

    /**
     * Takes {@code lang} from the query string itself, never from the request's parameters: asking for a parameter
     * makes the container parse a form or multipart body, and a malformed one would then fail a request that never
     * meant to switch languages (Tomcat remembers the failure for every later read, the error page's included).
     */
    static final class LanguageSwitch implements HandlerInterceptor {

        private final LocaleResolver resolver;

        LanguageSwitch(LocaleResolver resolver) {
            this.resolver = resolver;
        }

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            String query = request.getQueryString();
            if (query == null) {
                return true;
            }
            for (String pair : query.split("&")) {
                if (pair.startsWith("lang=")) {
                    resolver.setLocale(request, response, speaks(pair.substring("lang=".length())));
                }
            }
            return true;
        }
    }
}
