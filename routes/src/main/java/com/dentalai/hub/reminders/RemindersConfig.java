package com.dentalai.hub.reminders;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The scheduler's clock (tests swap in their own) and the SMS fallback hook. */
@Configuration(proxyBeanMethods = false)
class RemindersConfig {

    /** Everything time-dependent in reminders reads this clock, so tests can move time. */
    @Bean
    @ConditionalOnMissingBean(Clock.class)
    Clock hubClock() {
        return Clock.systemUTC();
    }

    @Bean
    SmsHook smsHook(RemindersProperties properties) {
        return properties.sms().backend() == RemindersProperties.SmsBackend.LOG ? new LoggingSmsHook() : SmsHook.NONE;
    }
}
