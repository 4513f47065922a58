package io.clearsky.server.console.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

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
        LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
            @Override
            protected @Nullable Locale parseLocaleValue(String value) {
                return speaks(value);
            }
        };
        change.setParamName("lang");
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).excludePathPatterns("/api/**");
    }
}
