// spec.template.spec.securityContext five levels down: seLinuxOptions, seccompProfile, windowsOptions, sysctls, supplementalGroups
local deploy = import '../lib/deployment.libsonnet';
local sc = deploy.spec.template.spec.securityContext;
deploy.new('secure')
+ sc.withFsGroup(2000)
+ sc.withFsGroupChangePolicy('OnRootMismatch')
+ sc.withRunAsGroup(3000)
+ sc.withSupplementalGroups(4000)
+ sc.withSupplementalGroupsMixin([5000, 6000])
+ sc.withSysctls({ name: 'net.core.somaxconn', value: '1024' })
+ sc.seLinuxOptions.withUser('system_u')
+ sc.seLinuxOptions.withRole('system_r')
+ sc.seccompProfile.withType('Localhost')
+ sc.seccompProfile.withLocalhostProfile('profiles/audit.json')
+ sc.windowsOptions.withRunAsUserName('ContainerUser')
+ deploy.spec.template.spec.withHostIPC(false)
+ deploy.spec.template.spec.withNodeSelector({ 'kubernetes.io/os': 'linux' })
+ deploy.spec.template.spec.withTerminationGracePeriodSeconds(30)
