package com.dentalai.hub;

import com.dentalai.hub.demo.DemoOdooSandbox;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * The demo run (README's first command): the sandbox Odoo (two seeded loopback stand-ins), then
 * the hub on embedded defaults with the "demo" profile. Lives in test sources, so none of it can
 * reach the production jar. Real environment variables win over the demo defaults below. The
 * {@code demo} profile also starts the in-JVM S3 store ({@code SandboxS3}, an environment
 * post-processor of the test resources) when {@code hub.files.s3.endpoint} is blank.
 */
public final class DemoHubLauncher {

    private DemoHubLauncher() {}

    public static void main(String[] args) {
        DemoOdooSandbox odoo = DemoOdooSandbox.start(DemoOdooSandbox.DENTAL_PORT, DemoOdooSandbox.STANDARD_PORT);
        Runtime.getRuntime().addShutdownHook(new Thread(odoo::close, "demo-odoo-stop"));

        Map<String, Object> defaults = new HashMap<>();
        // the sandbox Odoo's admin login; the tenants file names these variables (password-env)
        defaults.put("SMILE_ODOO_PASSWORD", "admin");
        defaults.put("BRIGHT_ODOO_PASSWORD", "admin");

        ConfigurableApplicationContext hub = new SpringApplicationBuilder(DentalAiHubApplication.class)
                .profiles("demo")
                .properties(defaults)
                .run(args);
        printWelcome(hub.getEnvironment(), odoo);
    }

    private static void printWelcome(Environment env, DemoOdooSandbox odoo) {
        String base = "http://localhost:" + env.getProperty("local.server.port", "8080");
        String text =
                """

                ─────────────────────────────────────────────────────────────
                 DentalAI Hub demo is up
                   API login                   POST %1$s/api/v1/auth/login
                                               {"username":"%2$s","password":"%3$s"}
                   operator console (Hawtio)   %1$s/actuator/hawtio/  (same login)
                   health                      %1$s/actuator/health
                   NLU (try Hebrew or English) POST %1$s/api/v1/nlu/parse  {"text":"מחר בעשר"}
                   WhatsApp webhook            %1$s/webhooks/whatsapp/smile-tlv
                   sandbox Odoo, dental add-on  %5$s  db odoo17  admin/admin  (Smile Tel Aviv)
                   sandbox Odoo, Community      %4$s  db bright  admin/admin  (Bright Smiles)
                ─────────────────────────────────────────────────────────────
                """
                        .formatted(
                                base,
                                env.getProperty("hub.security.bootstrap-admin-user"),
                                System.getenv("HUB_BOOTSTRAP_ADMIN_PASSWORD") == null
                                        ? env.getProperty("hub.security.bootstrap-admin-password")
                                        : "<your HUB_BOOTSTRAP_ADMIN_PASSWORD>",
                                odoo.standardUrl(),
                                odoo.dentalUrl());
        System.out.println(text);
    }
}
