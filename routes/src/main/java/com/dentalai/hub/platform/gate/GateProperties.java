package com.dentalai.hub.platform.gate;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the gate in front of every route.
 *
 * @param contextSigningKey HMAC key that signs the hub context carried in broker messages; blank =
 *     a random key for this run (refused under the {@code prod} profile, where messages outlive a
 *     run and several instances must agree)
 * @param brokerSchemes endpoint schemes whose consumers must receive a signed context header and
 *     whose producers get one stamped on every message
 */
@Validated
@ConfigurationProperties("hub.gate")
public record GateProperties(
        String contextSigningKey, @DefaultValue({"jms", "kafka", "amqp", "sjms", "sjms2"}) List<String> brokerSchemes) {

    public GateProperties {
        brokerSchemes = brokerSchemes == null ? List.of() : List.copyOf(brokerSchemes);
    }
}
