package com.dentalai.hub.files;

import java.util.List;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;

/**
 * S3Mock (the in-JVM S3 of tests) is itself a Spring Boot application: on the routes test
 * classpath it would auto-configure Camel, Artemis, a DataSource, Spring Security … of the hub.
 * Inside S3Mock's context only the web server auto-configurations pass; in every other context
 * (the hub's) this filter lets everything through.
 */
public final class S3MockAutoConfigurationFilter implements AutoConfigurationImportFilter, BeanFactoryAware {

    private static final String S3MOCK = "com.adobe.testing.s3mock.S3MockApplication";
    private static final String BOOT = "org.springframework.boot.autoconfigure.";
    private static final List<String> S3MOCK_NEEDS =
            List.of("web.", "http.", "jackson.", "context.", "task.", "ssl.", "aop.", "availability.", "info.");

    private boolean insideS3Mock;

    @Override
    public void setBeanFactory(BeanFactory beanFactory) throws BeansException {
        if (beanFactory instanceof ConfigurableListableBeanFactory listable) {
            for (String name : listable.getBeanDefinitionNames()) {
                if (S3MOCK.equals(listable.getBeanDefinition(name).getBeanClassName())) {
                    insideS3Mock = true;
                    return;
                }
            }
        }
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        boolean[] matches = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < autoConfigurationClasses.length; i++) {
            matches[i] = !insideS3Mock || needed(autoConfigurationClasses[i]);
        }
        return matches;
    }

    private static boolean needed(String autoConfiguration) {
        if (autoConfiguration == null || !autoConfiguration.startsWith(BOOT)) {
            return false;
        }
        String rest = autoConfiguration.substring(BOOT.length());
        return S3MOCK_NEEDS.stream().anyMatch(rest::startsWith);
    }
}
