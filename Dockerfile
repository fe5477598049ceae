# syntax=docker/dockerfile:1
# Build with the Maven wrapper on Java 25 (the code itself targets Java 17); run on a Java 25 JRE as a non-root user from
# the extracted jar, with Spring AOT's build-time bean definitions and a JDK AOT cache recorded by a training run;
# configured only through the environment (see README, "Container" and "Faster start").

FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B dependency:go-offline
COPY src/ src/
COPY docker/ docker/
COPY docs/ docs/
# Spring AOT (process-aot, part of package) generates the bean definitions for the configuration given here: none by
# default, the embedded database. A start configured otherwise (the postgres profile, single sign-on, a mail server, …)
# still works, the ordinary way, a few seconds slower, and says so in its log. To make your configuration the fast one,
# build with the settings it differs in, as system properties, e.g.
#   --build-arg AOT_SETTINGS="-Dspring.profiles.active=postgres -Dspring.mail.host=on -Dscorecard.sso.issuer=on"
ARG AOT_SETTINGS=
RUN ./mvnw -B -o package -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true \
        "-Dspring-boot.aot.jvmArguments=${AOT_SETTINGS}" \
 && java -Djarmode=tools -jar target/excellence-scorecard.jar extract --layers --destination /extracted \
 && javac --release 17 -d /healthcheck docker/HealthCheck.java docker/Training.java

FROM eclipse-temurin:25-jre
RUN groupadd --system scorecard && useradd --system --gid scorecard --home-dir /app scorecard
WORKDIR /app
# Layers from least to most often changed, so a code change rebuilds only the last ones.
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
COPY --from=build /healthcheck/ ./healthcheck/
COPY docker/jvm.options docker/train.sh ./
# JDK AOT cache: a training run starts the application (throw-away in-memory database), signs in, reads the main pages
# and the API, and stops; the classes it loaded and linked and the methods it profiled are stored in app.aot, which every
# later start maps instead of doing that work again. It must be made by this image's own JRE with the same options.
RUN ./train.sh /app /app/app.aot && rm -f /app/training.log \
 && mkdir -p /app/data && chown scorecard:scorecard /app/data
VOLUME /app/data
USER scorecard
EXPOSE 8080
# Ready means the database answers too (see management.endpoint.health.group.readiness).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["java", "-Xshare:off", "-XX:TieredStopAtLevel=1", "-Xmx16m", "-cp", "/app/healthcheck", "HealthCheck"]
ENTRYPOINT ["java", "@/app/jvm.options", "-XX:AOTCache=/app/app.aot", "-jar", "/app/excellence-scorecard.jar"]
