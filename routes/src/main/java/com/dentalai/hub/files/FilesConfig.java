package com.dentalai.hub.files;

import com.dentalai.hub.connectors.clamav.ClamdScanner;
import com.dentalai.hub.connectors.media.Derivatives;
import com.dentalai.hub.connectors.media.ImageLimits;
import com.dentalai.hub.connectors.media.MetadataStripper;
import com.dentalai.hub.connectors.storage.S3EventParser;
import com.dentalai.hub.connectors.storage.S3ObjectStore;
import com.dentalai.hub.connectors.storage.S3Settings;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/** The connector objects the files flows share, built from {@code hub.files.*}. */
@Configuration(proxyBeanMethods = false)
class FilesConfig {

    @Bean(destroyMethod = "close")
    S3ObjectStore s3ObjectStore(FilesProperties props, Environment environment) {
        FilesProperties.S3 s3 = props.s3();
        String endpoint = s3.endpoint();
        return new S3ObjectStore(new S3Settings(
                endpoint == null || endpoint.isBlank() ? null : URI.create(endpoint.trim()),
                s3.region(),
                s3.bucket(),
                secret(environment, s3.accessKeyEnv()),
                secret(environment, s3.secretKeyEnv()),
                s3.pathStyle(),
                s3.presignTtl()));
    }

    @Bean
    S3EventParser s3EventParser(ObjectMapper json) {
        return new S3EventParser(json);
    }

    @Bean
    Derivatives derivatives() {
        return new Derivatives(ImageLimits.defaults());
    }

    @Bean
    MetadataStripper metadataStripper(Derivatives derivatives) {
        return new MetadataStripper(derivatives);
    }

    @Bean
    VirusScan virusScan(FilesProperties props) {
        FilesProperties.Clamd clamd = props.clamd();
        return new VirusScan(
                clamd.enabled()
                        ? Optional.of(new ClamdScanner(clamd.host(), clamd.port(), clamd.timeout()))
                        : Optional.empty());
    }

    /** The value of the environment variable {@code name}, or null when no name or no value. */
    static String secret(Environment environment, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String value = environment.getProperty(name.trim());
        return value == null || value.isEmpty() ? null : value;
    }
}
