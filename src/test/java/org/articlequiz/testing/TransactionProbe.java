package org.articlequiz.testing;

import jakarta.transaction.Transactional;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;

/**
 * Whether the code calling us runs inside a container-managed transaction: some caller on the stack is a method
 * annotated {@link Transactional} (or of a class so annotated) other than {@code NEVER}, {@code NOT_SUPPORTED}
 * (issue 11: calls to a platform must not hold a database connection and a transaction while the platform answers).
 * Unit tests call the services directly, without the interceptor, so the annotation on the stack is the transaction.
 * (In the server only public methods called through the CDI proxy get one; counting every annotated method here errs
 * on the side of "inside".)
 */
public final class TransactionProbe {
    private TransactionProbe() {
    }

    /** The first transactional method on the caller's stack, as {@code Class.method}; empty when there is none. */
    public static Optional<String> transactionalCaller() {
        return StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE).walk(frames -> frames
                .filter(f -> f.getDeclaringClass().getName().startsWith("org.articlequiz.")
                        && !f.getDeclaringClass().getName().startsWith("org.articlequiz.testing."))
                .filter(TransactionProbe::transactional)
                .map(f -> f.getDeclaringClass().getSimpleName() + "." + f.getMethodName())
                .findFirst());
    }

    private static boolean transactional(StackWalker.StackFrame frame) {
        Class<?> type = frame.getDeclaringClass();
        Method method = Arrays.stream(type.getDeclaredMethods())
                .filter(m -> m.getName().equals(frame.getMethodName()) && m.getParameterCount() == frame.getMethodType().parameterCount()
                        && Arrays.equals(m.getParameterTypes(), frame.getMethodType().parameterArray()))
                .findFirst().orElse(null);
        Transactional t = method != null && method.isAnnotationPresent(Transactional.class)
                ? method.getAnnotation(Transactional.class) : type.getAnnotation(Transactional.class);
        return t != null && t.value() != Transactional.TxType.NEVER && t.value() != Transactional.TxType.NOT_SUPPORTED;
    }
}
