package com.dentalai.hub;

import org.springframework.boot.SpringApplication;

/**
 * The demo run (README's first command): the hub on embedded defaults, plus the sandbox services
 * that live in test sources and must never reach the production jar. The {@code demo} profile is
 * what starts them: {@code SandboxS3} (in-JVM S3Mock, when {@code hub.files.s3.endpoint} is blank
 * or {@code hub.files.embedded=true}) is an environment post-processor of the test resources.
 */
public final class DemoHubLauncher {

    private DemoHubLauncher() {}

    public static void main(String[] args) {
        SpringApplication.from(DentalAiHubApplication::main)
                .withAdditionalProfiles("demo")
                .run(args);
    }
}
