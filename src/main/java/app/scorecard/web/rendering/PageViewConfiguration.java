package app.scorecard.web.rendering;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/** Every page is a {@link CompressedPageView}; the view resolver is otherwise Spring Boot's, as configured. */
@Configuration(proxyBeanMethods = false)
class PageViewConfiguration {

    @Bean
    static BeanPostProcessor compressedPageViews() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof ThymeleafViewResolver resolver) {
                    resolver.setViewClass(CompressedPageView.class);
                }
                return bean;
            }
        };
    }
}
