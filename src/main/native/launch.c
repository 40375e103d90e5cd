/*
 * One call for com.clearpath.Relaunch: replaces the running JVM with a new one (execve), in the same process.
 * The process keeps its id, its start time, its open files (standard input and output included) and its place
 * in the terminal's process group, so whoever started `java -jar clearpath.jar` still waits for the same process,
 * reads its output and gets its exit status.
 */
#include <jni.h>
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>

/* A byte[][] of strings (without their terminating NUL) as the NULL-terminated array execve takes. */
static char **strings(JNIEnv *env, jobjectArray array) {
    jsize n = (*env)->GetArrayLength(env, array);
    char **out = calloc((size_t) n + 1, sizeof(char *));
    if (out == NULL) {
        return NULL;
    }
    for (jsize i = 0; i < n; i++) {
        jbyteArray item = (jbyteArray) (*env)->GetObjectArrayElement(env, array, i);
        if (item == NULL) {
            return NULL;
        }
        jsize length = (*env)->GetArrayLength(env, item);
        out[i] = malloc((size_t) length + 1);
        if (out[i] == NULL) {
            return NULL;
        }
        (*env)->GetByteArrayRegion(env, item, 0, length, (jbyte *) out[i]);
        out[i][length] = '\0';
        (*env)->DeleteLocalRef(env, item);
    }
    return out;
}

/* Returns only when the new program could not be started: the errno of the failure. */
JNIEXPORT jint JNICALL Java_com_clearpath_Relaunch_execve(JNIEnv *env, jclass type, jobjectArray argv,
        jobjectArray envp) {
    (void) type;
    char **arguments = strings(env, argv);
    char **environment = strings(env, envp);
    if (arguments == NULL || environment == NULL || arguments[0] == NULL) {
        return ENOMEM;
    }
    execve(arguments[0], arguments, environment);
    return errno;
}
