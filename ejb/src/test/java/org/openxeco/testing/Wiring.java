package org.openxeco.testing;

import java.lang.reflect.Field;

/**
 * Wires services by hand as the container would inject them: a field by name, declared by the
 * object's class or one of its superclasses (an anonymous subclass that a test made, say).
 */
public final class Wiring {

    private Wiring() {
    }

    /** Sets the named field of the target, whatever its access. */
    public static void set(Object target, String name, Object value) {
        for (Class<?> type = target.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field field = type.getDeclaredField(name);
                field.setAccessible(true);
                field.set(target, value);
                return;
            } catch (NoSuchFieldException e) {
                // Declared further up, if anywhere.
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot wire " + name, e);
            }
        }
        throw new IllegalStateException("No field " + name + " in " + target.getClass());
    }
}
