package com.dentalai.hub.webchat;

import com.dentalai.hub.domain.tenant.Tenant;
import com.dentalai.hub.platform.tenants.TenantDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The widget page {@code GET /chat/{tenant}}: one small HTML file with the tenant's name and locale
 * filled in (direction from the locale: Hebrew right-to-left), plus its own script and style sheet
 * from {@code static/chat/assets/}. No inline script, so the content security policy can forbid
 * every other script; clinics embed the page in an iframe from their allowed origins.
 */
@RestController
class WebChatPageController {

    private final TenantDirectory tenants;
    private final String template;

    WebChatPageController(TenantDirectory tenants) {
        this.tenants = tenants;
        this.template = read("webchat/widget.html");
    }

    @GetMapping(path = "/chat/{tenant}", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> page(@PathVariable String tenant) {
        Tenant t = tenants.require(tenant);
        String lang = "en".equals(t.locale()) ? "en" : "he";
        String html = template.replace("${tenant}", HtmlUtils.htmlEscape(t.id()))
                .replace("${name}", HtmlUtils.htmlEscape(t.name()))
                .replace("${lang}", lang)
                .replace("${dir}", "he".equals(lang) ? "rtl" : "ltr");
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .cacheControl(CacheControl.noCache())
                .header("Content-Security-Policy", policy(t))
                .body(html);
    }

    /** Scripts, styles and calls only from the hub; framed only by the hub and the tenant's origins. */
    private static String policy(Tenant tenant) {
        List<String> ancestors = new ArrayList<>(List.of("'self'"));
        tenant.channels().webchat().allowedOrigins().stream()
                .filter(o -> o.matches("https?://[A-Za-z0-9.:\\-\\[\\]]+"))
                .forEach(ancestors::add);
        return "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:;"
                + " base-uri 'none'; form-action 'none'; frame-ancestors " + String.join(" ", ancestors);
    }

    private static String read(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("missing " + resource, e);
        }
    }
}
