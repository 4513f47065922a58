package io.clearsky.simulator;

/** A person with a phone: E.164 number, home city (division code), age, and own payment account and bank card. */
public record Subscriber(long id, String phone, String cityCode, int age, String paymentAccount, String bankCard) {}
