package com.dentalai.hub;

import org.springframework.boot.SpringApplication;

/**
 * The demo run (README's first command): the hub on embedded defaults, plus the sandbox services
 * that live in test sources and must never reach the production jar.
 */
public final class DemoHubLauncher {

    private DemoHubLauncher() {}

    public static void main(String[] args) {
        SpringApplication.from(DentalAiHubApplication::main)
                .withAdditionalProfiles("demo")
                .run(args);
    }
}
