package org.budgetdisclosure.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.budgetdisclosure.portal.Bootstrap;
import org.budgetdisclosure.portal.Passwords;
import org.budgetdisclosure.store.Database;
import org.budgetdisclosure.store.StoreException;
import org.budgetdisclosure.web.PortalServer;
import org.budgetdisclosure.web.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bd serve}: the portal on the embedded database (default) or PostgreSQL. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"启动预算公开平台（网页与 API）。",
                "首次启动时导入示例公开文件并创建管理员账号（密码取自环境变量 BD_ADMIN_PASSWORD，未设置则生成并打印一次性密码）。"})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", defaultValue = "7070", description = "端口（默认 ${DEFAULT-VALUE}）。")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "监听地址（默认 ${DEFAULT-VALUE}；对外服务用 0.0.0.0）。")
    String host;

    @Option(names = "--data", defaultValue = "data", description = "内置数据库的目录（默认 ./${DEFAULT-VALUE}）。")
    Path data;

    @Option(names = "--db", description = "PostgreSQL 的 JDBC 地址，如 jdbc:postgresql://localhost:5432/budget；不填则用内置数据库。")
    String dbUrl;

    @Option(names = "--db-user", description = "数据库用户。")
    String dbUser;

    @Option(names = "--db-password", description = "数据库密码（也可用环境变量 BD_DB_PASSWORD）。")
    String dbPassword;

    @Option(names = "--no-sample", description = "首次启动时不导入示例。")
    boolean noSample;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long started = System.nanoTime();
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        Database.Config config;
        if (dbUrl != null) {
            String pw = dbPassword != null ? dbPassword : Optional.ofNullable(System.getenv("BD_DB_PASSWORD")).orElse("");
            config = new Database.Config(dbUrl, dbUser == null ? "" : dbUser, pw);
        } else {
            try {
                Files.createDirectories(data);
            } catch (java.io.IOException e) {
                err.println("bd serve: 无法创建数据目录 " + data + "：" + e.getMessage());
                return Main.BAD_INPUT;
            }
            config = Database.Config.embedded(data);
        }
        Database db;
        try {
            db = Database.open(config);
        } catch (StoreException e) {
            err.println("bd serve: " + e.getMessage());
            return Main.BAD_INPUT;
        }
        Services services = Services.over(db, 10);
        Optional<String> oneTime = Bootstrap.ensureAdmin(db, new Passwords(10), System.getenv("BD_ADMIN_PASSWORD"));
        Optional<Long> sample = noSample ? Optional.empty() : Bootstrap.ensureSample(db, services.workflow());
        PortalServer server;
        try {
            server = PortalServer.create(services).start(host, port);
        } catch (RuntimeException e) {
            db.close();
            err.println("bd serve: 无法在 " + host + ":" + port + " 启动：" + rootMessage(e) + "（端口被占用？用 --port 换一个）");
            return Main.BAD_INPUT;
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        out.println("预算公开平台已启动：http://" + ("0.0.0.0".equals(host) ? "localhost" : host) + ":" + server.port()
                + "/ （" + db.product() + "，" + config + "，用时 " + ms + " ms）");
        sample.ifPresent(id -> out.println("已导入示例公开文件：/d/" + id));
        oneTime.ifPresent(pw -> out.println("已创建管理员 admin，一次性密码：" + pw + "（登录后请在管理页修改）"));
        out.println("按 Ctrl-C 停止。");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            db.close();
            stopped.countDown();
        }));
        stopped.await();
        return Main.OK;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }
}
