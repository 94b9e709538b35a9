package dev.pluginkit.mattermost.web.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;

import org.springframework.lang.Nullable;

/** One in-memory HTTP session. */
final class PluginHttpSession implements HttpSession {

	private final Map<String, Object> attributes = new ConcurrentHashMap<>();

	private final ServletContext context;

	private final Consumer<PluginHttpSession> onDestroy;

	private final long creationTime = System.currentTimeMillis();

	private volatile String id;

	private volatile long lastAccessedTime = this.creationTime;

	private volatile int maxInactiveSeconds;

	private volatile boolean valid = true;

	private volatile boolean isNew = true;

	PluginHttpSession(String id, ServletContext context, Duration timeout, Consumer<PluginHttpSession> onDestroy) {
		this.id = id;
		this.context = context;
		this.maxInactiveSeconds = (int) Math.min(Integer.MAX_VALUE, timeout.toSeconds());
		this.onDestroy = onDestroy;
	}

	void access() {
		this.isNew = false;
		this.lastAccessedTime = System.currentTimeMillis();
	}

	void changeId(String newId) {
		this.id = newId;
	}

	boolean isValid() {
		return this.valid;
	}

	/** Invalidates the session if it has been idle too long; true if it is gone. */
	boolean expireIfIdle() {
		if (!this.valid) {
			return true;
		}
		if (this.maxInactiveSeconds > 0
				&& System.currentTimeMillis() - this.lastAccessedTime > this.maxInactiveSeconds * 1000L) {
			invalidate();
			return true;
		}
		return false;
	}

	private void checkValid() {
		if (!this.valid) {
			throw new IllegalStateException("The session " + this.id + " has been invalidated");
		}
	}

	@Override
	public long getCreationTime() {
		checkValid();
		return this.creationTime;
	}

	@Override
	public String getId() {
		return this.id;
	}

	@Override
	public long getLastAccessedTime() {
		checkValid();
		return this.lastAccessedTime;
	}

	@Override
	public ServletContext getServletContext() {
		return this.context;
	}

	@Override
	public void setMaxInactiveInterval(int interval) {
		this.maxInactiveSeconds = interval;
	}

	@Override
	public int getMaxInactiveInterval() {
		return this.maxInactiveSeconds;
	}

	@Override
	@Nullable
	public Object getAttribute(String name) {
		checkValid();
		return this.attributes.get(name);
	}

	@Override
	public Enumeration<String> getAttributeNames() {
		checkValid();
		return Collections.enumeration(new ArrayList<>(this.attributes.keySet()));
	}

	@Override
	public void setAttribute(String name, @Nullable Object value) {
		checkValid();
		if (value == null) {
			removeAttribute(name);
			return;
		}
		Object old = this.attributes.put(name, value);
		if (old != value) {
			if (value instanceof HttpSessionBindingListener listener) {
				listener.valueBound(new HttpSessionBindingEvent(this, name, value));
			}
			if (old instanceof HttpSessionBindingListener listener) {
				listener.valueUnbound(new HttpSessionBindingEvent(this, name, old));
			}
		}
	}

	@Override
	public void removeAttribute(String name) {
		checkValid();
		Object old = this.attributes.remove(name);
		if (old instanceof HttpSessionBindingListener listener) {
			listener.valueUnbound(new HttpSessionBindingEvent(this, name, old));
		}
	}

	@Override
	public void invalidate() {
		checkValid();
		this.valid = false;
		for (String name : new ArrayList<>(this.attributes.keySet())) {
			Object old = this.attributes.remove(name);
			if (old instanceof HttpSessionBindingListener listener) {
				listener.valueUnbound(new HttpSessionBindingEvent(this, name, old));
			}
		}
		this.onDestroy.accept(this);
	}

	@Override
	public boolean isNew() {
		checkValid();
		return this.isNew;
	}

}
