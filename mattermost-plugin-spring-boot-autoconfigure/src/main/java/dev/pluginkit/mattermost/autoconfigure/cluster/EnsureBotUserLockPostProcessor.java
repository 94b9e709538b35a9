package dev.pluginkit.mattermost.autoconfigure.cluster;

import java.util.concurrent.locks.Lock;

import org.aopalliance.intercept.MethodInterceptor;

import dev.pluginkit.mattermost.client.PluginAPIClient;
import dev.pluginkit.mattermost.cluster.ClusterLockRegistry;

import org.springframework.aop.framework.ProxyFactory;
import org.springframework.aop.support.NameMatchMethodPointcutAdvisor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Makes {@link PluginAPIClient#ensureBotUser} hold the cluster lock that Go's
 * {@code pluginapi} {@code BotService.EnsureBot} holds ({@code bot.go}: the mutex
 * {@code mmi_bot_ensure}, KV key {@code mutex_mmi_bot_ensure}), so that the nodes of a
 * cluster, Go plugins included, create the bot one at a time. Every other method goes to
 * the client as it is.
 */
class EnsureBotUserLockPostProcessor implements BeanPostProcessor {

	/** The name of Go's {@code botEnsureMutexKey}. */
	static final String LOCK_NAME = "mmi_bot_ensure";

	private final ObjectProvider<ClusterLockRegistry> locks;

	EnsureBotUserLockPostProcessor(ObjectProvider<ClusterLockRegistry> locks) {
		this.locks = locks;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (!(bean instanceof PluginAPIClient)) {
			return bean;
		}
		MethodInterceptor underLock = (invocation) -> {
			Lock lock = this.locks.getObject().obtain(LOCK_NAME);
			lock.lock();
			try {
				return invocation.proceed();
			}
			finally {
				lock.unlock();
			}
		};
		NameMatchMethodPointcutAdvisor advisor = new NameMatchMethodPointcutAdvisor(underLock);
		advisor.setMappedName("ensureBotUser");
		ProxyFactory proxy = new ProxyFactory(bean);
		proxy.addAdvisor(advisor);
		return proxy.getProxy(bean.getClass().getClassLoader());
	}

}
