# syntax=docker/dockerfile:1
# Build with the Maven wrapper; run on a JRE as a non-root user from the extracted jar with a Class Data Sharing archive;
# configured only through the environment (see README, "Container").

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B dependency:go-offline
COPY src/ src/
COPY docker/ docker/
RUN ./mvnw -B -o package -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true \
 && java -Djarmode=tools -jar target/excellence-scorecard.jar extract --layers --destination /extracted \
 && javac -d /healthcheck docker/HealthCheck.java

FROM eclipse-temurin:17-jre
RUN groupadd --system scorecard && useradd --system --gid scorecard --home-dir /app scorecard
WORKDIR /app
# Layers from least to most often changed, so a code change rebuilds only the last ones.
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
COPY --from=build /healthcheck/ ./healthcheck/
# Class Data Sharing: a training run starts the application once (on a throw-away in-memory database, stopping as soon
# as the context is ready) and records the classes it loaded; every later start maps them instead of loading them.
RUN java -XX:ArchiveClassesAtExit=/app/application.jsa -Dspring.context.exit=onRefresh \
        -jar /app/excellence-scorecard.jar \
        --spring.datasource.url=jdbc:h2:mem:training --spring.datasource.username=sa --spring.datasource.password= \
 && mkdir -p /app/data && chown scorecard:scorecard /app/data
VOLUME /app/data
USER scorecard
EXPOSE 8080
# Ready means the database answers too (see management.endpoint.health.group.readiness).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["java", "-Xshare:off", "-XX:TieredStopAtLevel=1", "-Xmx16m", "-cp", "/app/healthcheck", "HealthCheck"]
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/application.jsa", "-XX:MaxRAMPercentage=75", \
    "-jar", "/app/excellence-scorecard.jar"]
