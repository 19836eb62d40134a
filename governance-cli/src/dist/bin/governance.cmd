@echo off
rem The governance command: runs lib\governance.jar on Java 17 or later.
rem Java: %JAVA_HOME%\bin\java.exe, else the java on the PATH. JVM options: %JAVA_OPTS%, then
rem %GOVERNANCE_OPTS%. simulate's progress bar is left to the JVM (-Dgovernance.progress=auto);
rem this launcher records no AppCDS archive (bin/governance, the POSIX one, does).
setlocal
set "APP_HOME=%~dp0.."
if defined JAVA_HOME (
  set "JAVACMD=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVACMD=java.exe"
)
"%JAVACMD%" %JAVA_OPTS% %GOVERNANCE_OPTS% -jar "%APP_HOME%\lib\governance.jar" %*
exit /b %ERRORLEVEL%
