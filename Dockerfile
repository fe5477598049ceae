# syntax=docker/dockerfile:1
# Build with the Maven wrapper, run on a JRE as a non-root user, configured only through the environment.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
RUN ./mvnw -B dependency:go-offline
COPY src/ src/
RUN ./mvnw -B -o package -DskipTests -Dspotless.check.skip=true -Djacoco.skip=true \
 && java -Djarmode=tools -jar target/excellence-scorecard.jar extract --layers --destination /extracted

FROM eclipse-temurin:17-jre
RUN groupadd --system scorecard && useradd --system --gid scorecard --home-dir /app scorecard
WORKDIR /app
# Layers from least to most often changed, so a code change rebuilds only the last one.
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
RUN mkdir -p /app/data && chown scorecard:scorecard /app/data
VOLUME /app/data
USER scorecard
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/excellence-scorecard.jar"]
