package dev.pluginkit.mattermost.autoconfigure.cluster;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.pluginkit.mattermost.cluster.ClusterJob;
import dev.pluginkit.mattermost.cluster.ClusterJobSchedule;
import dev.pluginkit.mattermost.cluster.ClusterJobScheduler;
import dev.pluginkit.mattermost.cluster.ClusterScheduled;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.context.EmbeddedValueResolverAware;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.util.ReflectionUtils;
import org.springframework.util.StringValueResolver;

/**
 * Finds {@link ClusterScheduled @ClusterScheduled} methods on beans, checks them at once
 * (a bad method fails the start naming it), schedules them when the context has started and
 * stops them when it stops.
 */
class ClusterScheduledMethodProcessor implements BeanPostProcessor, SmartLifecycle, EmbeddedValueResolverAware {

	private final ObjectProvider<ClusterJobScheduler> scheduler;

	private final List<Registration> registrations = new ArrayList<>();

	private final List<ClusterJob> jobs = new ArrayList<>();

	private StringValueResolver resolver;

	private volatile boolean running;

	/**
	 * Creates the processor.
	 * @param scheduler the job scheduler, looked up when the jobs start
	 */
	ClusterScheduledMethodProcessor(ObjectProvider<ClusterJobScheduler> scheduler) {
		this.scheduler = scheduler;
	}

	@Override
	public void setEmbeddedValueResolver(StringValueResolver resolver) {
		this.resolver = resolver;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		Class<?> type = AopUtils.getTargetClass(bean);
		Map<Method, ClusterScheduled> methods = MethodIntrospector.selectMethods(type,
				(MethodIntrospector.MetadataLookup<ClusterScheduled>) (method) -> AnnotatedElementUtils
					.findMergedAnnotation(method, ClusterScheduled.class));
		methods.forEach((method, annotation) -> this.registrations.add(registration(bean, beanName, method, annotation)));
		return bean;
	}

	private Registration registration(Object bean, String beanName, Method method, ClusterScheduled annotation) {
		String where = "@ClusterScheduled method " + method.getDeclaringClass().getName() + "." + method.getName()
				+ " of bean '" + beanName + "'";
		if (method.getParameterCount() != 0) {
			throw new IllegalStateException(where + " must take no parameters");
		}
		String key = resolve(annotation.key());
		if (key.isEmpty()) {
			throw new IllegalStateException(where + " needs a key");
		}
		Duration interval;
		String text = resolve(annotation.interval());
		try {
			interval = DurationStyle.detectAndParse(text);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException(where + " has interval '" + text + "', which is not a duration", ex);
		}
		if (interval.isNegative() || interval.isZero()) {
			throw new IllegalStateException(where + " has interval '" + text + "', which is not positive");
		}
		Method invocable = AopUtils.selectInvocableMethod(method, bean.getClass());
		ReflectionUtils.makeAccessible(invocable);
		ClusterJobSchedule schedule = annotation.rounded() ? ClusterJobSchedule.roundedInterval(interval)
				: ClusterJobSchedule.fixedInterval(interval);
		return new Registration(key, schedule, () -> ReflectionUtils.invokeMethod(invocable, bean));
	}

	private String resolve(String value) {
		return (this.resolver != null) ? Objects.requireNonNullElse(this.resolver.resolveStringValue(value), "")
				: value;
	}

	@Override
	public void start() {
		if (!this.registrations.isEmpty()) {
			ClusterJobScheduler jobs = this.scheduler.getObject();
			this.registrations.forEach((registration) -> this.jobs
				.add(jobs.schedule(registration.key(), registration.schedule(), registration.task())));
		}
		this.running = true;
	}

	@Override
	public void stop() {
		this.jobs.forEach(ClusterJob::close);
		this.jobs.clear();
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	private record Registration(String key, ClusterJobSchedule schedule, Runnable task) {
	}

}
