package app.scorecard.web.sessions;

import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.serializer.Deserializer;
import org.springframework.util.ClassUtils;

/**
 * Reads a session attribute stored by Java serialisation, as Spring Session does, but looks each class up by name only
 * once: a signed-in request reads its security context (a dozen classes) and, from the application's jar, each
 * {@code Class.forName} is a search of the class loader.
 */
final class SessionAttributeDeserializer implements Deserializer<Object> {

    private final ClassLoader classLoader;
    private final Map<String, Class<?>> classes = new ConcurrentHashMap<>();

    SessionAttributeDeserializer(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    @Override
    public Object deserialize(InputStream stored) throws IOException {
        try (ObjectInputStream objects = new ObjectInputStream(stored) {
            @Override
            protected Class<?> resolveClass(ObjectStreamClass description) throws ClassNotFoundException {
                return classNamed(description.getName());
            }
        }) {
            return objects.readObject();
        } catch (ClassNotFoundException e) {
            throw new IOException("A stored session names a class this application does not have", e);
        }
    }

    private Class<?> classNamed(String name) throws ClassNotFoundException {
        Class<?> known = classes.get(name);
        if (known != null) {
            return known;
        }
        Class<?> found = ClassUtils.forName(name, classLoader);
        classes.put(name, found);
        return found;
    }
}
