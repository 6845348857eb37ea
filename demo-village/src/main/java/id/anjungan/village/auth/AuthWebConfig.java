package id.anjungan.village.auth;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The routes behind {@code auth:jwt} (contract §1.8). */
@Configuration(proxyBeanMethods = false)
class AuthWebConfig implements WebMvcConfigurer {

    private final BearerAuthInterceptor bearer;

    AuthWebConfig(BearerAuthInterceptor bearer) {
        this.bearer = bearer;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(bearer)
                .addPathPatterns("/api/v1/auth/logout", "/api/v1/auth/change-pin", "/api/v1/layanan-mandiri/**");
    }
}
