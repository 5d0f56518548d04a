package com.dentalai.hub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The hub: one Spring Boot application whose flows are Camel routes behind one gate. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class DentalAiHubApplication {

    public static void main(String[] args) {
        SpringApplication.run(DentalAiHubApplication.class, args);
    }
}
