package org.openxeco.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Transient;

import org.junit.jupiter.api.Test;

/**
 * Every stored time goes through {@link InstantConverter}: without it, JPA 3.1 providers
 * may write an {@code Instant} as a serialised Java object, which a TIMESTAMP WITH TIME ZONE
 * column refuses at the first write.
 */
class InstantColumnsTest {

    @Test
    void everyInstantFieldOfAMappedClassUsesTheConverter() throws Exception {
        Path sources = Path.of("src/main/java");
        List<String> mapped = new ArrayList<>();
        List<String> without = new ArrayList<>();
        for (Class<?> type : classes(sources)) {
            if (!type.isAnnotationPresent(Entity.class)
                    && !type.isAnnotationPresent(MappedSuperclass.class)
                    && !type.isAnnotationPresent(Embeddable.class)) {
                continue;
            }
            for (Field field : type.getDeclaredFields()) {
                if (field.getType() == Instant.class && !field.isAnnotationPresent(Transient.class)
                        && !java.lang.reflect.Modifier.isStatic(field.getModifiers())) {
                    Convert convert = field.getAnnotation(Convert.class);
                    String name = type.getSimpleName() + "." + field.getName();
                    mapped.add(name);
                    if (convert == null || convert.converter() != InstantConverter.class) {
                        without.add(name);
                    }
                }
            }
        }
        assertTrue(mapped.size() > 30, "found only " + mapped);
        assertEquals(List.of(), without, "stored times without InstantConverter");
    }

    private static List<Class<?>> classes(Path root) throws IOException, ClassNotFoundException {
        List<Class<?>> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")
                    && !f.getFileName().toString().equals("package-info.java")).toList()) {
                String name = root.relativize(file).toString().replace('/', '.')
                        .replaceAll("\\.java$", "");
                found.add(Class.forName(name, false, InstantColumnsTest.class.getClassLoader()));
            }
        }
        return found;
    }
}
