package de.rathaus.platform.jobs;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

/**
 * Delivers module events ({@code @ApplicationModuleListener}) on their own (virtual) threads after
 * the publishing transaction committed: slow work such as a receipt PDF never holds up the request
 * that caused it. Spring Modulith's event publication registry keeps each delivery until it
 * succeeded and delivers it again after a restart.
 */
@Configuration(proxyBeanMethods = false)
@EnableAsync
class AsyncEvents {}
