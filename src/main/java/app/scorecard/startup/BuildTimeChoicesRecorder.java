package app.scorecard.startup;

import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.env.Environment;

/**
 * At build time, while Spring AOT generates the bean definitions, writes the {@link BuildTimeChoices} they were
 * generated with into the jar ({@link BuildTimeChoices#RESOURCE}) for {@link AheadOfTimeGuard} to compare with.
 */
class BuildTimeChoicesRecorder implements BeanFactoryInitializationAotProcessor {

    @Override
    public BeanFactoryInitializationAotContribution processAheadOfTime(ConfigurableListableBeanFactory beanFactory) {
        String choices =
                BuildTimeChoices.of(beanFactory.getBean(Environment.class)).write();
        return (generationContext, code) ->
                generationContext.getGeneratedFiles().addResourceFile(BuildTimeChoices.RESOURCE, choices);
    }
}
