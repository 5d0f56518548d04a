package com.dentalai.hub.domain.channel;

/** The messaging channels a patient can reach the clinic on. */
public enum Channel {
    WHATSAPP,
    TELEGRAM,
    WEBCHAT
}
