// spec.selector.matchLabels and spec.template.metadata.labels/annotations: with, Mixin, and Mixin-then-with
local deploy = import '../lib/deployment.libsonnet';
deploy.new('api')
+ deploy.spec.selector.withMatchLabelsMixin({ app: 'api' })
+ deploy.spec.selector.withMatchLabelsMixin({ track: 'stable' })
+ deploy.spec.selector.withMatchExpressions({ key: 'env', operator: 'In', values: ['prod', 'staging'] })
+ deploy.spec.template.metadata.withLabelsMixin({ app: 'api' })
+ deploy.spec.template.metadata.withLabels({ app: 'api', track: 'stable' })
+ deploy.spec.template.metadata.withAnnotations({ 'prometheus.io/scrape': 'true' })
+ deploy.spec.template.metadata.withAnnotationsMixin({ 'prometheus.io/port': '9090' })
+ deploy.metadata.withLabels({ app: 'api' })
