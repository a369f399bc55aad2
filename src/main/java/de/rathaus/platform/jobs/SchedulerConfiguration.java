package de.rathaus.platform.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * Wires db-scheduler by hand: its Spring Boot starter targets Boot 3's auto-configuration. The
 * scheduler starts once the application is ready, so jobs never run against a half-started context.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

    @Bean(destroyMethod = "stop")
    Scheduler scheduler(
            DataSource dataSource,
            List<Task<?>> tasks,
            List<RecurringTask<?>> recurringTasks,
            @Value("${rathaus.jobs.polling-interval:PT5S}") Duration pollingInterval,
            @Value("${rathaus.jobs.threads:4}") int threads) {
        // recurring tasks are registered through startTasks; listing them twice is an error
        List<Task<?>> oneTimeTasks = tasks.stream()
                .filter(task -> !(task instanceof RecurringTask<?>))
                .toList();
        return Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), oneTimeTasks)
                .tableName("platform.scheduled_tasks")
                .startTasks(List.copyOf(recurringTasks))
                .pollingInterval(pollingInterval)
                .threads(threads)
                .enableImmediateExecution()
                .build();
    }

    @Bean
    ApplicationListener<ApplicationReadyEvent> schedulerStart(Scheduler scheduler) {
        return ready -> scheduler.start();
    }
}
